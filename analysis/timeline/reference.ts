// The publication date everything relative is resolved against, and whether the page writes dates day-first.
import { casual } from 'chrono-node/en';
import type { ArticleMeta } from '../types';

/**
 * The publication date as the page printed it, in local components: "2019-11-19T23:34:00-05:00" is the evening
 * of 19 November where it was written, not the 20th in UTC. Null when the page gives no date.
 */
export function referenceDate(published: string | null): Date | null {
  // ISO with dashes, and the slashed ("2010/08/13") and compact ("20100813") forms older sites put in their tags.
  const m = /^(\d{4})([-/]?)(\d\d)\2(\d\d)(?!\d)(?:[T ](\d\d):(\d\d))?/.exec(published ?? '');
  if (!m) return published ? printedDate(published) : null;
  const d = new Date(Number(m[1]), Number(m[3]) - 1, Number(m[4]), m[5] ? Number(m[5]) : 12, m[6] ? Number(m[6]) : 0);
  return Number.isNaN(d.getTime()) ? null : d;
}

/** Day-first numeric dates (4/7 = 4 July) for every English variant but the American ones. */
export function writesDayFirst(meta: ArticleMeta): boolean {
  const lang = (meta.language ?? '').toLowerCase();
  if (/^en-(us|ph|ca)\b/.test(lang)) return false;
  if (/^en-[a-z]{2}/.test(lang)) return true;
  const host = /^[a-z]+:\/\/([^/]+)/i.exec(meta.url ?? '')?.[1] ?? '';
  return /\.(uk|ie|au|nz|za|in|ls|ng|ke|gh|zw|bw|sg|my|pk)$/i.test(host);
}

/** A publication date printed in words ("April 26, 2016 2:55pm"): only when it names a year, month and day. */
function printedDate(text: string): Date | null {
  const [r] = casual.parse(text.slice(0, 80));
  if (!r || !r.start.isCertain('year') || !r.start.isCertain('month') || !r.start.isCertain('day')) return null;
  const d = r.start.date();
  return new Date(d.getFullYear(), d.getMonth(), d.getDate(), r.start.isCertain('hour') ? d.getHours() : 12, d.getMinutes());
}

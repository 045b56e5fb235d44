// A quotation that repeats words someone is credited with elsewhere in the article: a caption or a headline in
// the body quoting the officer's "We got her" ('‘We Got Her!’ Video Shows Rescue') is the officer's too.
// Only for a quotation nobody else claims, and only when one speaker alone said those words. A longer quotation
// repeated whole (a pull quote set in the body, a lead that quotes ahead of the full account) is the same speaker's.
import type { QuoteSpan } from '../quotes';
import { rootOf, type Entity } from './registry';

/** Echoes are short: a headline or caption quotes a phrase, not a paragraph. */
const MAX_ECHO_WORDS = 8;
/** One word repeated ("No") is too common to tell who said it. */
const MIN_ECHO_WORDS = 2;

const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['\u2019][\p{L}]+)*/gu) ?? [];

/**
 * Gives each unattributed span that is not a continuation the speaker of the attributed quotations holding
 * its words in the same order. Linear: every run of 2–8 words of the attributed quotations is indexed once.
 */
export function creditEchoes(spans: readonly QuoteSpan[], speakerOf: (Entity | null)[]): void {
  let wanted = false;
  for (let i = 0; i < spans.length; i++) if (isEchoCandidate(spans[i], speakerOf[i])) { wanted = true; break; }
  if (!wanted) return;
  // Each run of words → the one speaker who said it, or null when several did.
  const saidBy = new Map<string, Entity | null>();
  // Each speaker's longer quotations, as words joined: where a longer echo's opening run leads, it is looked for whole.
  const longerBy = new Map<Entity, string[]>();
  spans.forEach((s, i) => {
    const speaker = speakerOf[i] && rootOf(speakerOf[i]!);
    if (!speaker) return;
    const words = wordsOf(s.text);
    if (words.length > MAX_ECHO_WORDS) {
      const joined = words.join(' ');
      remember(saidBy, joined, speaker);
      const own = longerBy.get(speaker);
      if (own) own.push(` ${joined} `);
      else longerBy.set(speaker, [` ${joined} `]);
    }
    for (let from = 0; from < words.length; from++) {
      let run = words[from];
      for (let n = 2; n <= MAX_ECHO_WORDS && from + n <= words.length; n++) {
        run += ` ${words[from + n - 1]}`;
        remember(saidBy, run, speaker);
      }
    }
  });
  spans.forEach((s, i) => {
    if (!isEchoCandidate(s, speakerOf[i])) return;
    const words = wordsOf(s.text);
    const joined = words.join(' ');
    let speaker = saidBy.get(joined);
    // A longer run out of the middle of a quotation ('has given "plenty of on-the-record statements that were
    // truthful and accurate"'): its opening run names the one speaker, whose quotation must hold it whole.
    if (!speaker && words.length > MAX_ECHO_WORDS) {
      const lead = saidBy.get(words.slice(0, MAX_ECHO_WORDS).join(' '));
      if (lead && longerBy.get(lead)?.some((text) => text.includes(` ${joined} `))) speaker = lead;
    }
    if (speaker) speakerOf[i] = speaker;
  });
}

/** Records that `speaker` said `run`; a run several speakers said belongs to none of them. */
function remember(saidBy: Map<string, Entity | null>, run: string, speaker: Entity): void {
  const known = saidBy.get(run);
  if (known === undefined) saidBy.set(run, speaker);
  else if (known !== speaker) saidBy.set(run, null);
}

function isEchoCandidate(span: QuoteSpan, speaker: Entity | null): boolean {
  if (speaker || span.continuationOf !== null || (span.insideOf !== undefined && span.insideOf !== null)) return false;
  return wordsOf(span.text).length >= MIN_ECHO_WORDS;
}

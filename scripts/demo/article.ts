// The article the demo shows, its analysis by the core (through the same CLI as `npm run analyze`),
// and the printed summary.
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import type { Analysis } from '../../analysis/types';
import { PROJECT_ROOT, SHARED_FIXTURES_DIR } from '../../tests/browser/support/environment';
import { SAMPLES_DIR, sampleArticleFile } from '../../tests/browser/support/sample-article';

export interface DemoArticle {
  file: string;
  dir: string;
  /** Where the server mounts `dir`, e.g. "/samples/". */
  urlPrefix: string;
}

/** The article named on the command line (a page saved from the browser, say); else the project's sample article;
 *  before that exists, the first shared fixture (read in place, never copied). */
export function demoArticle(chosen?: string): DemoArticle | null {
  if (chosen) {
    const file = resolve(chosen);
    if (!existsSync(file)) throw new Error(`no such file: ${chosen}`);
    if (!statSync(file).isFile()) throw new Error(`not a file: ${chosen}`);
    return { file, dir: dirname(file), urlPrefix: '/article/' };
  }
  const sample = sampleArticleFile();
  if (sample) return { file: join(SAMPLES_DIR, sample), dir: SAMPLES_DIR, urlPrefix: '/samples/' };
  if (!existsSync(SHARED_FIXTURES_DIR)) return null;
  const fixture = readdirSync(SHARED_FIXTURES_DIR).filter((f) => f.endsWith('.html')).sort()[0];
  if (!fixture) return null;
  console.warn(`demo: samples/*.html not found yet; showing the shared fixture ${fixture} instead.`);
  return { file: join(SHARED_FIXTURES_DIR, fixture), dir: dirname(join(SHARED_FIXTURES_DIR, fixture)), urlPrefix: '/fixtures/' };
}

/** Runs `cli/analyze.ts` on the file and parses its JSON. */
export function analyseWithCore(file: string, url?: string): Promise<Analysis> {
  const tsx = resolve(PROJECT_ROOT, 'node_modules/.bin/tsx');
  const args = [resolve(PROJECT_ROOT, 'cli/analyze.ts'), file, ...(url ? ['--url', url] : [])];
  return new Promise((done, fail) => {
    const child = spawn(tsx, args, { cwd: PROJECT_ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (err += d));
    child.on('error', fail);
    child.on('close', (code) => {
      if (code !== 0) return fail(new Error(`analyze exited with ${code}: ${err.trim()}`));
      try {
        done(JSON.parse(out) as Analysis);
      } catch {
        fail(new Error(`analyze printed something that is not JSON: ${out.slice(0, 200)}`));
      }
    });
  });
}

export function printSummary(analysis: Analysis): void {
  const { article } = analysis;
  console.log(`Article: ${article.headline ?? '(no headline)'}`);
  console.log(
    `  isArticle: ${article.isArticle} (${article.reason ?? 'no reason given'}), ` +
      `${article.outlet ?? 'unknown outlet'}, published ${article.published ?? 'unknown'}, ${article.wordCount} words`,
  );
  const direct = analysis.quotes.filter((q) => q.kind === 'direct').length;
  const partial = analysis.quotes.filter((q) => q.kind === 'partial').length;
  console.log(
    `Found: ${analysis.quotes.length} quotes (${direct} direct, ${partial} partial), ${analysis.speakers.length} speakers, ` +
      `${analysis.statistics.length} statistics, ${analysis.timeline.length} dated events, ${analysis.sides.length} sides, ` +
      `${analysis.responses.length} responses.`,
  );
  const sideName = new Map(analysis.sides.map((s) => [s.id, s.name]));
  const quotesBy = new Map<string, number>();
  for (const q of analysis.quotes) if (q.speakerId) quotesBy.set(q.speakerId, (quotesBy.get(q.speakerId) ?? 0) + 1);
  if (analysis.speakers.length > 0) console.log('Speakers:');
  for (const s of analysis.speakers) {
    // An unnamed speaker's name is its description ("a spokeswoman for the ministry"): don't repeat it.
    const about = [s.role, s.org].filter((part) => part && part !== s.name).join(', ');
    const side = s.side ? sideName.get(s.side) ?? s.side : 'no side';
    const quotes = quotesBy.get(s.id) ?? 0;
    console.log(`  ${s.name}${about ? ` (${about})` : ''}: ${side}, ${quotes} ${quotes === 1 ? 'quote' : 'quotes'}`);
  }
}

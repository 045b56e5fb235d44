// The command line as the scorer and a reader use it: spawned, with real files.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const REPO = resolve(__dirname, '../../..');
const scratch = mkdtempSync(join(tmpdir(), 'counterpoint-cli-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function analyze(...args: string[]) {
  const run = spawnSync(process.execPath, [join(REPO, 'cli/run.mjs'), ...args], { cwd: REPO, encoding: 'utf8', timeout: 120_000 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
function json(stdout: string) {
  return JSON.parse(stdout) as { article: Record<string, unknown>; speakers: unknown[]; quotes: unknown[]; statistics: unknown[]; timeline: unknown[]; sides: unknown[]; responses: unknown[] };
}
function file(name: string, content: string | Buffer) {
  const path = join(scratch, name);
  writeFileSync(path, content);
  return path;
}

describe('analyze: errors', { timeout: 120_000 }, () => {
  it('a missing file: one line on stderr, nothing on stdout, exit 2', () => {
    const run = analyze(join(scratch, 'no-such-page.html'));
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/cannot read .*no-such-page\.html: no such file/);
  });

  it('a directory, no argument, or a bad --url: exit 2 with the reason', () => {
    expect(analyze(scratch)).toMatchObject({ code: 2, stderr: expect.stringMatching(/is a directory/) });
    expect(analyze()).toMatchObject({ code: 2, stderr: expect.stringMatching(/^analyze: usage/) });
    expect(analyze(join(REPO, 'samples/harbour-strike.html'), '--url', 'not a url')).toMatchObject({ code: 2, stderr: expect.stringMatching(/--url must be an http/) });
  });
});

describe('analyze: pages', { timeout: 120_000 }, () => {
  it('the sample article: an article with its metadata; --url sets the address', () => {
    const run = analyze(join(REPO, 'samples/harbour-strike.html'), '--url', 'https://127.0.0.1:8080/harbour-strike.html');
    expect(run.code).toBe(0);
    const { article } = json(run.stdout);
    expect(article).toMatchObject({
      isArticle: true,
      headline: 'Dock workers vote to strike as port pay talks collapse',
      published: '2025-03-14T18:40:00+00:00',
      outlet: 'The Kestrel Bay Courier',
      authors: ['Rosa Quaye'],
      url: 'https://127.0.0.1:8080/harbour-strike.html',
    });
    expect(article.wordCount).toBeGreaterThan(800);
  });

  it('a non-article page: isArticle false and every list empty', () => {
    const run = analyze(join(REPO, 'tests/pages/search-results.html'));
    expect(run.code).toBe(0);
    const out = json(run.stdout);
    expect(out.article.isArticle).toBe(false);
    for (const list of [out.speakers, out.quotes, out.statistics, out.timeline, out.sides, out.responses]) expect(list).toEqual([]);
  });

  it('malformed HTML and binary junk: a verdict, not a crash', () => {
    const broken = file('broken.html', '<html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Half</script><body><p>Unclosed <b><i>tags</p></div></span><p>and a stray </html> in the middle');
    const brokenRun = analyze(broken);
    expect(brokenRun.code).toBe(0);
    expect(json(brokenRun.stdout).article.isArticle).toBe(false); // two fragments of text are not a story
    const junk = file('junk.html', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    const run = analyze(junk);
    expect(run.code).toBe(0);
    expect(json(run.stdout).article.isArticle).toBe(false);
  });

  it('a page in windows-1252 is decoded by its <meta charset>', () => {
    const paragraph = (i: number) => Buffer.concat([Buffer.from(`<p>Paragraph ${i}: the mayor said `, 'latin1'), Buffer.from([0x93]), Buffer.from('we will not move', 'latin1'), Buffer.from([0x94]), Buffer.from(' and left the room before the vote was taken.</p>', 'latin1')]);
    const page = Buffer.concat([
      Buffer.from('<html lang="en"><head><meta charset="windows-1252"><meta property="og:type" content="article"><meta property="article:published_time" content="2024-02-02"><title>x</title></head><body><article><h1>Caf', 'latin1'),
      Buffer.from([0xe9]),
      Buffer.from(' vote</h1>', 'latin1'),
      ...[1, 2, 3, 4, 5].map(paragraph),
      Buffer.from('</article></body></html>', 'latin1'),
    ]);
    const run = analyze(file('cp1252.html', page));
    expect(run.code).toBe(0);
    const out = json(run.stdout);
    expect(out.article).toMatchObject({ isArticle: true, headline: 'Café vote' });
    expect(run.stdout).not.toContain('\uFFFD'); // no byte decoded as a replacement character
  });
});

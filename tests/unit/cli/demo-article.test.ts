// `npm run demo -- page.html`: which article the demo shows.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { demoArticle } from '../../../scripts/demo/article';

const scratch = mkdtempSync(join(tmpdir(), 'counterpoint-demo-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('demoArticle', () => {
  it('shows a page of the reader’s own, served from its folder', () => {
    const page = join(scratch, 'saved page.html');
    writeFileSync(page, '<html><body><p>Hello</p></body></html>');
    expect(demoArticle(page)).toEqual({ file: page, dir: scratch, urlPrefix: '/article/' });
  });

  it('names a file that is not there, or a folder, rather than showing something else', () => {
    expect(() => demoArticle(join(scratch, 'missing.html'))).toThrow(/no such file: .*missing\.html/);
    expect(() => demoArticle(scratch)).toThrow(/not a file/);
  });

  it('shows the project’s sample article when no page is named', () => {
    expect(demoArticle()?.urlPrefix).toBe('/samples/');
  });
});

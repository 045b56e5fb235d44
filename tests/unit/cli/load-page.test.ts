// The command line's page loader: a hostile page must not end the process after it has been read.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { loadPage } from '../../../cli/load-page';

describe('loadPage', () => {
  const rejections: unknown[] = [];
  const record = (reason: unknown) => rejections.push(reason);
  afterEach(() => {
    process.off('unhandledRejection', record);
  });

  it('closes a document nested 20,000 levels deep without an unhandled rejection (happy-dom overflows tearing it down)', async () => {
    process.on('unhandledRejection', record);
    const page = loadPage('<!doctype html><html><body><main id="m"></main></body></html>');
    let node: Element = page.document.getElementById('m')!;
    for (let i = 0; i < 20_000; i++) node = node.appendChild(page.document.createElement('div'));
    page.close();
    await new Promise((done) => setTimeout(done, 200));
    expect(rejections).toEqual([]);
  });

  it('reads a page that preloads its data by relative links, without an unhandled rejection or any request', async () => {
    process.on('unhandledRejection', record);
    const requests: string[] = [];
    const server = createServer((req, res) => { requests.push(req.url ?? ''); res.end('{}'); });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    const { port } = server.address() as AddressInfo;
    const html = '<!doctype html><html><head><link rel="preload" as="fetch" href="/page-data/story/page-data.json" crossorigin>'
      + '<link rel="preload" as="script" href="/app.js"><link rel="modulepreload" href="/mod.js"><link rel="prefetch" href="/next.html">'
      + '<link rel="stylesheet" href="/site.css"></head><body><p>The council met on Monday.</p></body></html>';
    try {
      // With no address (about:blank) the relative links cannot resolve; with the page's own, they could be fetched.
      for (const url of [undefined, `http://127.0.0.1:${port}/news/story.html`]) {
        const page = loadPage(html, url);
        expect(page.document.querySelector('p')?.textContent).toBe('The council met on Monday.');
        await new Promise((done) => setTimeout(done, 200));
        page.close();
      }
    } finally {
      server.close();
    }
    expect(rejections).toEqual([]);
    expect(requests).toEqual([]);
  });
});

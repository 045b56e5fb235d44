// The command line's page loader: a hostile page must not end the process after it has been read.
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
});

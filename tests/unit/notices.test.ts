// The third-party notices the build writes into the extension (scripts/notices.ts): each bundled package once,
// with its licence text, in a stable order.
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { packageDirOf, thirdPartyNotices } from '../../scripts/notices';

const modules = resolve(__dirname, '../../node_modules');

describe('third-party notices', () => {
  it('finds the package of a bundled module, scoped packages and nested node_modules included', () => {
    expect(packageDirOf('/p/node_modules/preact/dist/preact.module.js')).toBe('/p/node_modules/preact');
    expect(packageDirOf('\0/p/node_modules/@wxt-dev/storage/dist/index.mjs?commonjs')).toBe('/p/node_modules/@wxt-dev/storage');
    expect(packageDirOf('/p/node_modules/a/node_modules/b/x.js')).toBe('/p/node_modules/a/node_modules/b');
    expect(packageDirOf('/p/components/popup/PopupApp.tsx')).toBeNull();
  });

  it('lists each package once with its version, licence and licence text, sorted, whatever the order found', () => {
    const dirs = [`${modules}/preact`, `${modules}/@mozilla/readability`, `${modules}/preact`];
    const text = thirdPartyNotices(dirs);
    expect(text.match(/^preact \d+\.\d+\.\d+$/gm)).toHaveLength(1);
    expect(text).toMatch(/^Licence: MIT$/m);
    expect(text).toMatch(/^Licence: Apache-2\.0$/m);
    expect(text).toContain('Permission is hereby granted'); // preact's MIT text
    expect(text).toContain('Apache License'); // Readability's licence text
    expect(text.indexOf('@mozilla/readability')).toBeLessThan(text.indexOf('\npreact '));
    expect(thirdPartyNotices([...dirs].reverse())).toBe(text);
  });
});

// Each built entry's JavaScript, raw and gzipped, from the Chrome build (.output/chrome-mv3). Shared chunks are
// listed on their own line: the popup and options pages load them too.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

export interface BundleSize {
  file: string;
  rawBytes: number;
  gzipBytes: number;
}

export const CONTENT_SCRIPT = 'content-scripts/content.js';

export function measureBundle(dir: string): BundleSize[] {
  if (!existsSync(dir)) return [];
  return jsFiles(dir)
    .map((path) => {
      const bytes = readFileSync(path);
      return { file: relative(dir, path), rawBytes: bytes.length, gzipBytes: gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.gzipBytes - a.gzipBytes);
}

function jsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return jsFiles(path);
    return name.endsWith('.js') ? [path] : [];
  });
}

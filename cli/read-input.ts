// The command line's input: a saved page's bytes decoded in the page's own charset, or a page fetched by URL.
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

/** Pages larger than this are refused rather than left to exhaust memory. */
const MAX_BYTES = 64 * 1024 * 1024;

export class InputError extends Error {}

export async function readInput(source: string): Promise<string> {
  if (/^https?:\/\//i.test(source)) return fetchPage(source);
  let bytes: Buffer;
  // `npm run` moves to the package root; the file was named relative to where the reader typed the command.
  const path = resolve(process.env.INIT_CWD ?? process.cwd(), source);
  try {
    if (statSync(path).size > MAX_BYTES) throw new InputError(`${source} is larger than ${MAX_BYTES >> 20} MB`);
    bytes = readFileSync(path);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such file' : code === 'EISDIR' ? 'is a directory' : code === 'EACCES' ? 'permission denied' : (code ?? String(e));
    throw new InputError(`cannot read ${source}: ${why}`);
  }
  return decodeHtml(bytes);
}

/** UTF-8 unless a BOM or `<meta charset>` in the first 2 KB says otherwise ("windows-1252" pages still exist). */
export function decodeHtml(bytes: Uint8Array, contentType?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 2048));
  const label = contentType?.match(/charset=["']?([\w-]+)/i)?.[1] ?? head.match(/<meta[^>]+charset=["']?([\w-]+)/i)?.[1];
  try {
    return new TextDecoder(label ?? 'utf-8').decode(bytes);
  } catch {
    return new TextDecoder('utf-8').decode(bytes);
  }
}

async function fetchPage(url: string): Promise<string> {
  try {
    const response = await fetch(url, { redirect: 'follow', signal: AbortSignal.timeout(20_000) });
    if (!response.ok) throw new InputError(`cannot fetch ${url}: HTTP ${response.status}`);
    const bytes = new Uint8Array(await response.arrayBuffer());
    if (bytes.length > MAX_BYTES) throw new InputError(`${url} is larger than ${MAX_BYTES >> 20} MB`);
    return decodeHtml(bytes, response.headers.get('content-type'));
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(`cannot fetch ${url}: ${(e as Error).message}`);
  }
}

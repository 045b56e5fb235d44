// Serves folders of HTML pages on 127.0.0.1 (random port) so the content script sees real http pages.
// Content scripts do not run on file:// URLs, and a loopback server keeps the tests offline.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.txt': 'text/plain; charset=utf-8',
};

/** URL prefix (e.g. "/samples/") → folder on disk. The longest matching prefix wins. */
export type Mounts = Record<string, string>;

export interface StaticServer {
  /** e.g. "http://127.0.0.1:41234" (no trailing slash). */
  origin: string;
  url(path: string): string;
  close(): Promise<void>;
}

export async function serveFolders(mounts: Mounts): Promise<StaticServer> {
  const prefixes = Object.entries(mounts)
    .map(([prefix, dir]) => [prefix.endsWith('/') ? prefix : `${prefix}/`, resolve(dir)] as const)
    .sort((a, b) => b[0].length - a[0].length);

  const server: Server = createServer(async (req, res) => {
    try {
      const path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
      // Browsers ask for a favicon on every page; answering keeps 404s out of the collected console errors.
      if (path === '/favicon.ico') {
        res.writeHead(204);
        return res.end();
      }
      const mount = prefixes.find(([prefix]) => path.startsWith(prefix));
      if (!mount) return notFound();
      const [prefix, dir] = mount;
      let file = normalize(join(dir, path.slice(prefix.length)));
      // Refuse "../" escapes out of the mounted folder.
      if (file !== dir && !file.startsWith(dir + sep)) return notFound();
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      res.writeHead(200, {
        'content-type': CONTENT_TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
        'cache-control': 'no-store',
      });
      res.end(body);
    } catch {
      notFound();
    }
    function notFound() {
      res.writeHead(404, { 'content-type': 'text/plain' });
      res.end('not found');
    }
  });

  await new Promise<void>((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done());
  });
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('static server: no port');
  const origin = `http://127.0.0.1:${address.port}`;
  return {
    origin,
    url: (path) => `${origin}${path.startsWith('/') ? '' : '/'}${path}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

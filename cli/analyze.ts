// npm run --silent analyze -- FILE.html|URL [--url PAGE_URL]: prints the Analysis JSON of
// ../shared/docs/analysis-format.md, from the same page reader and core the extension runs.
// A missing or unreadable input is one line on stderr and exit code 2.
import { analyzeArticle } from '../analysis';
import { readArticle } from '../page/read-article';
import { loadPage } from './load-page';
import { InputError, readInput } from './read-input';

const USAGE = 'usage: npm run analyze -- FILE.html|URL [--url PAGE_URL]';

interface Args {
  source: string;
  url: string | undefined;
}

function parseArgs(argv: string[]): Args | string {
  let source: string | undefined;
  let url: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--url') {
      url = argv[++i];
      if (!url) return '--url needs a page address';
    } else if (arg.startsWith('--url=')) url = arg.slice(6);
    else if (arg === '-h' || arg === '--help') return USAGE;
    else if (arg.startsWith('--')) return `unknown option ${arg}`;
    else if (source) return `one page at a time (got ${source} and ${arg})`;
    else source = arg;
  }
  if (!source) return USAGE;
  if (url !== undefined && !/^https?:\/\/\S+$/i.test(url)) return `--url must be an http(s) address, got ${url}`;
  return { source, url: url ?? (/^https?:\/\//i.test(source) ? source : undefined) };
}

async function main(argv: string[]): Promise<number> {
  const args = parseArgs(argv);
  if (typeof args === 'string') {
    process.stderr.write(`analyze: ${args}\n`);
    return 2;
  }
  let html: string;
  try {
    html = await readInput(args.source);
  } catch (e) {
    process.stderr.write(`analyze: ${e instanceof InputError ? e.message : String(e)}\n`);
    return 2;
  }
  const page = loadPage(html, args.url);
  try {
    const reading = readArticle(page.document);
    const analysis = analyzeArticle(reading.paragraphs, { ...reading.meta, url: args.url ?? reading.meta.url }, {
      isArticle: reading.isArticle,
      confidence: reading.confidence,
      reason: reading.reason,
    });
    process.stdout.write(JSON.stringify(analysis, null, 1) + '\n');
    return 0;
  } finally {
    page.close();
  }
}

// `analyze page.html | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (e: unknown) => {
    process.stderr.write(`analyze: ${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 1;
  },
);

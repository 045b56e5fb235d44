// npm run --silent analyze -- FILE.html [--url PAGE_URL]: prints the Analysis JSON of ../shared/docs/analysis-format.md.
import { readFileSync } from 'node:fs';
import { Window } from 'happy-dom';
import { analyzeArticle } from '../analysis';
import { readArticle } from '../page/read-article';

function main(argv: string[]): number {
  const args = argv.slice(2);
  const urlAt = args.indexOf('--url');
  const url = urlAt >= 0 ? args[urlAt + 1] : undefined;
  const file = args.find((a, i) => !a.startsWith('--') && (urlAt < 0 || i !== urlAt + 1));
  if (!file) {
    process.stderr.write('usage: npm run analyze -- FILE.html [--url PAGE_URL]\n');
    return 2;
  }
  let html: string;
  try {
    html = readFileSync(file, 'utf8');
  } catch (e) {
    process.stderr.write(`analyze: cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? String(e)}\n`);
    return 2;
  }
  const window = new Window({ url: url ?? 'https://example.invalid/', settings: { disableJavaScriptEvaluation: true, disableJavaScriptFileLoading: true, disableCSSFileLoading: true } });
  window.document.write(html);
  const reading = readArticle(window.document as unknown as Document);
  const analysis = analyzeArticle(reading.paragraphs, { ...reading.meta, url: url ?? reading.meta.url }, {
    isArticle: reading.isArticle,
    confidence: reading.confidence,
    reason: reading.reason,
  });
  process.stdout.write(JSON.stringify(analysis, null, 1) + '\n');
  void window.happyDOM.close();
  return 0;
}

process.exitCode = main(process.argv);

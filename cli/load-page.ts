// HTML text → a Document, the way the command line and the tests read saved pages: no script runs, nothing loads.
import { Window } from 'happy-dom';

export interface LoadedPage {
  document: Document;
  close(): void;
}

/**
 * happy-dom's parser throws on some mis-nested markup a browser shrugs off ("<table><html lang=en>": a stray
 * <html> inside the body). Such a page is read again with the stray document-level tags taken out, which is
 * what a browser's parser does with them anyway (their attributes aside).
 */
const STRAY_ROOT_TAGS = [/<\/?html\b[^>]*>/gi, /<\/?(?:html|head|body)\b[^>]*>/gi];

/**
 * Resource hints (`<link rel="preload" as="fetch" href="/page-data.json">`): happy-dom acts on them while parsing,
 * and one it cannot resolve (a relative link on about:blank) fails after the page is read, ending the process.
 * They carry no article text, so they are taken out before parsing.
 */
const RESOURCE_HINTS = /<link\b[^>]*\brel\s*=\s*["']?[^"'>]*\b(?:preload|modulepreload|prefetch)\b[^>]*>/gi;

export function loadPage(html: string, url?: string): LoadedPage {
  let failure: unknown;
  const page = html.replace(RESOURCE_HINTS, '');
  for (const source of [page, ...STRAY_ROOT_TAGS.map((tags) => page.replace(tags, ' '))]) {
    const window = newWindow(url);
    try {
      window.document.write(source);
      return { document: window.document as unknown as Document, close: () => closeQuietly(window) };
    } catch (e) {
      failure = e;
      closeQuietly(window);
    }
  }
  throw new Error(`the HTML could not be parsed (${failure instanceof Error ? failure.message : String(failure)})`);
}

/**
 * happy-dom tears a document down one level of nesting per call: a hostile page nested 10,000 deep overflows the
 * stack there, after the reading is done. Nothing is left that needs the teardown, so its failure is dropped
 * rather than left to end the process as an unhandled rejection.
 */
function closeQuietly(window: Window): void {
  window.happyDOM.close().catch(() => undefined);
}

function newWindow(url?: string): Window {
  return new Window({
    url: url ?? 'about:blank',
    settings: {
      disableJavaScriptEvaluation: true,
      disableJavaScriptFileLoading: true,
      disableCSSFileLoading: true,
      disableIframePageLoading: true,
      disableComputedStyleRendering: true,
      navigation: { disableMainFrameNavigation: true, disableChildFrameNavigation: true, disableChildPageNavigation: true },
    },
  });
}

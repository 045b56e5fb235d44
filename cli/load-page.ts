// HTML text → a Document, the way the command line and the tests read saved pages: no script runs, nothing loads.
import { Window } from 'happy-dom';

export interface LoadedPage {
  document: Document;
  close(): void;
}

export function loadPage(html: string, url?: string): LoadedPage {
  const window = new Window({
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
  window.document.write(html);
  return {
    document: window.document as unknown as Document,
    close: () => void window.happyDOM.close(),
  };
}

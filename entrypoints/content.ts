// The content script: on every http(s) page at document_idle, in every frame, since an article can be shown inside
// a frame (embedded reader views, syndicated article frames). A sub-frame does nothing at all until it is big
// enough to hold an article and holds enough text for one (content/frame-gate.ts). All the work is in content/run.ts.
import { whenFrameHoldsArticle } from '../content/frame-gate';
import { runCounterpoint } from '../content/run';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  // Frames with no address of their own (srcdoc, or about:blank written by script) hold articles too; they count
  // as their parent page, which must itself be http(s).
  matchAboutBlank: true,
  // WXT would also window.postMessage the page on start; a newer copy finds the old one through a document event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window === window.top) {
      runCounterpoint(ctx, { kind: 'top' });
      return;
    }
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    whenFrameHoldsArticle(window, controller.signal, () => {
      if (ctx.isValid) runCounterpoint(ctx, { kind: 'sub-frame', view: window });
    });
  },
});

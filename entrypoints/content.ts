// The content script: on every http(s) page at document_idle, in every frame, since an article can be shown inside
// a frame (embedded reader views, syndicated article frames). A sub-frame does nothing at all unless it is big
// enough to hold an article (content/frame-gate.ts). All the work is in content/run.ts.
import { hasArticleSizedText, isArticleSized } from '../content/frame-gate';
import { runCounterpoint } from '../content/run';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  allFrames: true,
  // WXT would also window.postMessage the page on start; a newer copy finds the old one through a document event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    if (window === window.top) {
      runCounterpoint(ctx, { kind: 'top' });
      return;
    }
    const start = () => {
      if (hasArticleSizedText(document)) runCounterpoint(ctx, { kind: 'sub-frame', view: window });
    };
    if (isArticleSized(window)) return start();
    // Frames are often sized by their parent after loading (a default 300×150 frame grown to fit its article):
    // wait for the frame to grow, without reading anything until then.
    const controller = new AbortController();
    ctx.onInvalidated(() => controller.abort());
    window.addEventListener(
      'resize',
      () => {
        if (!isArticleSized(window)) return;
        controller.abort();
        if (ctx.isValid) start();
      },
      { passive: true, signal: controller.signal },
    );
  },
});

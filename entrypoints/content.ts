// The content script: on every http(s) page at document_idle, top frame only. All the work is in content/run.ts.
import { runCounterpoint } from '../content/run';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  // WXT would also window.postMessage the page on start; a newer copy finds the old one through a document event.
  noScriptStartedPostMessage: true,
  main(ctx) {
    runCounterpoint(ctx);
  },
});

// The content script: on every http(s) page at document_idle, top frame only. All the work is in content/run.ts.
import { runCounterpoint } from '../content/run';

export default defineContentScript({
  matches: ['http://*/*', 'https://*/*'],
  runAt: 'document_idle',
  main(ctx) {
    runCounterpoint(ctx);
  },
});

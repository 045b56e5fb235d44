// The cheap gate a sub-frame passes before reading anything (content/frame-gate.ts): ad, video and social embed
// sizes stay out, a reader-view or article frame gets in, and a frame with a few lines of text is not read.
import { describe, expect, it, vi } from 'vitest';
import { FRAME_TEXT_RECHECKS, hasArticleSizedText, isArticleSized, viewportArea, whenFrameHoldsArticle } from '../../../content/frame-gate';

const view = (innerWidth: number, innerHeight: number) => ({ innerWidth, innerHeight });

describe('frame gate', () => {
  it('keeps out ad, video and embed sizes', () => {
    for (const [w, h] of [[300, 250], [728, 90], [300, 600], [970, 250], [560, 315], [300, 150], [0, 0]]) {
      expect(isArticleSized(view(w, h)), `${w}×${h}`).toBe(false);
    }
  });

  it('lets in frames a reader reads an article in: a phone column, a desktop reader view', () => {
    for (const [w, h] of [[360, 640], [700, 900], [1280, 1400]]) expect(isArticleSized(view(w, h)), `${w}×${h}`).toBe(true);
  });

  it('reads no further in a document with only a few lines of text', () => {
    document.body.innerHTML = '<p>Sponsored. Win a weekend away.</p>';
    expect(hasArticleSizedText(document)).toBe(false);
    document.body.innerHTML = `<article>${'<p>The council met on Tuesday and agreed the budget for the year ahead.</p>'.repeat(12)}</article>`;
    expect(hasArticleSizedText(document)).toBe(true);
  });

  it('reports whole CSS pixels of area, never a negative one', () => {
    expect(viewportArea(view(800.4, 600))).toBe(480_000);
    expect(viewportArea(view(-5, 600))).toBe(0);
  });
});

describe('waiting for a frame to hold an article', () => {
  const articleHtml = `<article>${'<p>The council met on Tuesday and agreed the budget for the year ahead.</p>'.repeat(12)}</article>`;
  /** A frame's window: the test's document, a viewport size it can change, and a resize it can fire. */
  function frameWindow(width: number, height: number) {
    const events = new EventTarget();
    const win = {
      document,
      innerWidth: width,
      innerHeight: height,
      setTimeout: window.setTimeout.bind(window),
      clearTimeout: window.clearTimeout.bind(window),
      addEventListener: events.addEventListener.bind(events),
      resizeTo(w: number, h: number) {
        win.innerWidth = w;
        win.innerHeight = h;
        events.dispatchEvent(new Event('resize'));
      },
    };
    return win;
  }
  const opened = () => {
    let count = 0;
    return { open: () => void count++, get count() { return count; } };
  };

  it('opens at once a big frame that already holds an article', () => {
    document.body.innerHTML = articleHtml;
    const calls = opened();
    whenFrameHoldsArticle(frameWindow(800, 900) as unknown as Window, new AbortController().signal, calls.open);
    expect(calls.count).toBe(1);
  });

  it('opens a big frame once its page has filled in the article after loading', async () => {
    document.body.innerHTML = '<div id="app">Loading…</div>';
    const calls = opened();
    whenFrameHoldsArticle(frameWindow(800, 900) as unknown as Window, new AbortController().signal, calls.open);
    expect(calls.count).toBe(0);
    document.getElementById('app')!.innerHTML = articleHtml;
    await vi.waitFor(() => expect(calls.count).toBe(1), { timeout: 3_000 });
    document.body.append('more text'); // later changes are content/run.ts's business: opened once only
    await new Promise((resolve) => setTimeout(resolve, 800));
    expect(calls.count).toBe(1);
  });

  it('reads nothing while the frame is ad-sized, and opens it when its parent grows it', () => {
    document.body.innerHTML = articleHtml;
    const calls = opened();
    const win = frameWindow(300, 150);
    whenFrameHoldsArticle(win as unknown as Window, new AbortController().signal, calls.open);
    win.resizeTo(300, 250);
    expect(calls.count).toBe(0);
    win.resizeTo(700, 1200);
    win.resizeTo(700, 1300);
    expect(calls.count).toBe(1);
  });

  it('stops looking at a big frame whose text stays short, and never opens a frame after the script is gone', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      document.body.innerHTML = '<p id="ticker">0</p>';
      const calls = opened();
      whenFrameHoldsArticle(frameWindow(800, 900) as unknown as Window, new AbortController().signal, calls.open);
      for (let tick = 1; tick <= FRAME_TEXT_RECHECKS; tick++) {
        document.getElementById('ticker')!.textContent = String(tick);
        await Promise.resolve(); // mutation records are delivered in a microtask
        await vi.advanceTimersByTimeAsync(1_000);
      }
      document.body.innerHTML = articleHtml; // too late: the frame was given up on
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(calls.count).toBe(0);

      document.body.innerHTML = '';
      const controller = new AbortController();
      const later = opened();
      whenFrameHoldsArticle(frameWindow(800, 900) as unknown as Window, controller.signal, later.open);
      controller.abort();
      document.body.innerHTML = articleHtml;
      await Promise.resolve();
      await vi.advanceTimersByTimeAsync(1_000);
      expect(later.count).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });
});

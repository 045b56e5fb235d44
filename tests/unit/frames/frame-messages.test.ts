// The frame fields of the message protocol are checked like every other field (messaging/validate.ts).
import { describe, expect, it } from 'vitest';
import { classifySender, isAllowedFrom, isFrameYieldReason, parseMessage } from '../../../messaging/validate';
import { MAX_FRAME_AREA } from '../../../messaging/protocol';

const ID = 'abcdefghijklmnopabcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;
const loading = { state: 'loading' };

describe('frame messages', () => {
  it("accepts a sub-frame's status with its viewport area, and refuses an area that is no viewport", () => {
    expect(parseMessage({ type: 'counterpoint/status', status: loading, frameArea: 640_000 })).toEqual({
      type: 'counterpoint/status',
      status: loading,
      frameArea: 640_000,
    });
    for (const frameArea of [-1, 1.5, '640000', null, MAX_FRAME_AREA + 1, Number.POSITIVE_INFINITY]) {
      expect(parseMessage({ type: 'counterpoint/status', status: loading, frameArea }), String(frameArea)).toBeNull();
    }
  });

  it('takes frame-gone only from a content script, and stand-down never from one to the background', () => {
    const gone = parseMessage({ type: 'counterpoint/frame-gone', frameId: 3 })!;
    expect(gone).toEqual({ type: 'counterpoint/frame-gone' });
    expect(isAllowedFrom(gone, { kind: 'content', tabId: 1, frameId: 3, hostname: null })).toBe(true);
    expect(isAllowedFrom(gone, { kind: 'extension-page' })).toBe(false);
    const standDown = parseMessage({ type: 'counterpoint/stand-down' })!;
    expect(isAllowedFrom(standDown, { kind: 'content', tabId: 1, frameId: 3, hostname: null })).toBe(false);
  });

  it("records which frame a content script speaks from, the top frame when the browser does not say", () => {
    const sender = { id: ID, url: 'https://syndication.example/story', tab: { id: 7 } };
    expect(classifySender({ ...sender, frameId: 12 }, ID, ORIGIN)).toEqual({ kind: 'content', tabId: 7, frameId: 12, hostname: 'syndication.example' });
    expect(classifySender(sender, ID, ORIGIN)).toMatchObject({ frameId: 0 });
    expect(classifySender({ ...sender, frameId: -2 }, ID, ORIGIN)).toBeNull();
    expect(classifySender({ ...sender, frameId: 0.5 }, ID, ORIGIN)).toBeNull();
  });

  it("a sub-frame takes a decline only for a reason it knows, never page-supplied text", () => {
    expect(isFrameYieldReason('top-page-is-article')).toBe(true);
    for (const v of ['<img src=x onerror=alert(1)>', '', null, 3, ['site-skipped']]) expect(isFrameYieldReason(v), String(v)).toBe(false);
  });
});

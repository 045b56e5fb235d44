// The background answers get-status with a StatusReply ({ status }). The answer is checked (messaging/validate.ts)
// before the popup renders it: a missing or malformed answer (the background restarted, an older version answered)
// becomes an error state, never a blank or broken popup.
import type { TabStatus } from '../../messaging/protocol';
import { isTabStatus } from '../../messaging/validate';

export function readTabStatus(reply: unknown): TabStatus {
  if (reply === null || typeof reply !== 'object') {
    return { state: 'error', message: 'Counterpoint did not answer for this tab. Try reloading the page.' };
  }
  const status = (reply as { status?: unknown }).status;
  if (!isTabStatus(status)) return { state: 'error', message: 'Counterpoint gave an answer it cannot read.' };
  return status;
}

/** The hostname the background names in its reply, when it is one. */
export function readReplyHostname(reply: unknown): string | null {
  const hostname = reply !== null && typeof reply === 'object' ? (reply as { hostname?: unknown }).hostname : undefined;
  return typeof hostname === 'string' && /^[a-z0-9.-]{1,253}$/i.test(hostname) ? hostname.toLowerCase() : null;
}

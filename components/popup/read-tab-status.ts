// The background answers get-status with a StatusReply ({ status }). The answer is checked (messaging/validate.ts)
// before the popup renders it: a missing or malformed answer (the background restarted, an older version answered)
// becomes an error state, never a blank or broken popup.
import type { TabStatus } from '../../messaging/protocol';
import { isTabStatus } from '../../messaging/validate';
import { t } from '../../i18n/t';

export function readTabStatus(reply: unknown): TabStatus {
  if (reply === null || typeof reply !== 'object') {
    return { state: 'error', message: t('errorNoAnswer') };
  }
  const status = (reply as { status?: unknown }).status;
  if (!isTabStatus(status)) return { state: 'error', message: t('errorUnreadableAnswer') };
  return status;
}

/** The hostname the background names in its reply, when it is one. */
export function readReplyHostname(reply: unknown): string | null {
  const hostname = reply !== null && typeof reply === 'object' ? (reply as { hostname?: unknown }).hostname : undefined;
  return typeof hostname === 'string' && /^[a-z0-9.-]{1,253}$/i.test(hostname) ? hostname.toLowerCase() : null;
}

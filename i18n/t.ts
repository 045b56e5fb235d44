// Every string the extension shows comes from _locales/<lang>/messages.json through the browser's i18n API,
// so a translation is a new messages.json, not a code change. Keys are checked against the English file at
// compile time: t('popupOptions') compiles, t('popupOption') does not.
import { browser } from 'wxt/browser';
import type english from '../public/_locales/en/messages.json';

export type MessageKey = keyof typeof english;

/** The reader's language's text for `key`, with `$1`… (or named placeholders) filled from `substitutions`. */
export function t(key: MessageKey, substitutions?: string | readonly string[]): string {
  const list = substitutions === undefined ? undefined : typeof substitutions === 'string' ? [substitutions] : [...substitutions];
  // A key missing from the reader's locale falls back to default_locale (en) in the browser; an empty string
  // means the key is missing everywhere, which the i18n test rules out.
  return browser.i18n.getMessage(key, list) || key;
}

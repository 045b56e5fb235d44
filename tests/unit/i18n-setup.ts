// WXT's fake browser has no i18n: give it the browser's behaviour over the real English locale file, so unit
// tests see the same text the extension shows. A test can swap `activeMessages.current` for a pseudo-locale.
import { fakeBrowser } from 'wxt/testing/fake-browser';
import english from '../../public/_locales/en/messages.json';
import { resolveMessage, type LocaleMessages } from '../../i18n/resolve-message';

export const ENGLISH: LocaleMessages = english;
export const activeMessages: { current: LocaleMessages } = { current: ENGLISH };

fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
  resolveMessage(
    activeMessages.current[key],
    substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions],
  )) as typeof fakeBrowser.i18n.getMessage;

// Messages between the content script, the background and the extension pages.
// Every message crossing a boundary is checked with `parseMessage` before it is acted on:
// page text is untrusted, and so is anything that claims to be one of our messages.
import type { Analysis } from '../analysis/types';

/** Where a tab stands, as the popup shows it. */
export type TabStatus =
  | { state: 'loading' }
  | { state: 'unsupported'; reason: 'browser-page' | 'store-page' | 'no-access' }
  | { state: 'skipped'; hostname: string }
  | { state: 'not-article'; reason: string }
  | { state: 'other-language'; language: string }
  | { state: 'analysed'; analysis: Analysis }
  | { state: 'error'; message: string };

export type Message =
  /** content → background: the analysis (or the verdict) for the sender's tab. */
  | { type: 'counterpoint/status'; status: TabStatus }
  /** popup → background: what is known of tab N (the background injects the content script if needed). */
  | { type: 'counterpoint/get-status'; tabId: number }
  /** popup → background → content: analyse even though detection said no. */
  | { type: 'counterpoint/analyse-anyway'; tabId: number }
  /** popup → background → content: scroll to and flash an item of the analysis. */
  | { type: 'counterpoint/reveal'; tabId: number; itemId: string }
  /** background → content: run (again) now. */
  | { type: 'counterpoint/run'; force: boolean };

export const MESSAGE_TYPES = [
  'counterpoint/status',
  'counterpoint/get-status',
  'counterpoint/analyse-anyway',
  'counterpoint/reveal',
  'counterpoint/run',
] as const satisfies readonly Message['type'][];

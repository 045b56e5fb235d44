// The background's answer is checked before the popup renders it: a missing or malformed answer (the background
// restarted, an older version answered) becomes an error state, never a blank or broken popup.
import type { TabStatus } from '../../messaging/protocol';

const STATES = new Set(['loading', 'unsupported', 'skipped', 'not-article', 'other-language', 'analysed', 'error']);

export function readTabStatus(answer: unknown): TabStatus {
  if (answer === null || typeof answer !== 'object') {
    return { state: 'error', message: 'Counterpoint did not answer for this tab. Try reloading the page.' };
  }
  const status = answer as { state?: unknown; analysis?: unknown };
  if (typeof status.state !== 'string' || !STATES.has(status.state)) {
    return { state: 'error', message: 'Counterpoint gave an answer it cannot read.' };
  }
  if (status.state === 'analysed' && !looksLikeAnalysis(status.analysis)) {
    return { state: 'error', message: 'The analysis of this page is incomplete.' };
  }
  return answer as TabStatus;
}

function looksLikeAnalysis(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  const a = value as Record<string, unknown>;
  return (
    a.article !== null &&
    typeof a.article === 'object' &&
    ['speakers', 'quotes', 'statistics', 'timeline', 'sides', 'responses'].every((key) => Array.isArray(a[key]))
  );
}

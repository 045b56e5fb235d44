// Test material for i18n-strings.test.ts: each kind of hard-coded text the scan must report, and the
// look-alikes it must let through (keys, classes, comparisons, developer errors). Never imported.
declare function t(key: string, ...rest: unknown[]): string;
declare const status: { state: string };
declare const name: string | null;

export function Probe() {
  if (status.state === 'two words') throw new Error('a developer message');
  const save = (error: string) => `Could not save: ${error}`;
  return (
    <div class="cp-popup main-view" role="status">
      <button type="button">Skip this site</button>
      <button aria-label="Close" title={t('popupOptions')} onClick={() => save('x')}>×</button>
      <span>{name ?? 'Unattributed'}</span>
      <span>{t('popupTooSlow')}</span>
    </div>
  );
}

// Sites to skip: the reader adds a hostname (or pastes a URL) and removes entries. What is not a hostname is
// refused with a message, never saved.
import { useId, useState } from 'preact/hooks';
import { parseHostnameInput } from '../../settings/store';
import { t } from '../../i18n/t';

interface SkipSitesEditorProps {
  sites: string[];
  onChange: (sites: string[]) => void;
}

export function SkipSitesEditor({ sites, onChange }: SkipSitesEditorProps) {
  const [draft, setDraft] = useState('');
  const [error, setError] = useState('');
  const inputId = useId();
  const errorId = useId();

  const add = (event: Event) => {
    event.preventDefault();
    const hostname = parseHostnameInput(draft);
    if (!hostname) {
      setError(draft.trim() === '' ? t('skipEmptyInput') : t('skipNotASite', draft.trim()));
      return;
    }
    setError('');
    setDraft('');
    if (!sites.includes(hostname)) onChange([...sites, hostname]);
  };

  return (
    <fieldset class="cp-skip-sites">
      <legend>{t('skipLegend')}</legend>
      <p class="cp-hint">{t('skipHint')}</p>
      {sites.length === 0 ? (
        <p class="cp-empty">{t('skipNone')}</p>
      ) : (
        <ul class="cp-site-list" aria-label={t('skipListLabel')}>
          {sites.map((site) => (
            <li key={site}>
              <span class="cp-site">{site}</span>
              <button type="button" class="cp-button" aria-label={t('skipRemoveLabel', site)} onClick={() => onChange(sites.filter((s) => s !== site))}>
                {t('skipRemove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="cp-add-site" onSubmit={add} noValidate>
        <label for={inputId}>{t('skipAddLabel')}</label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder={t('skipPlaceholder')}
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="cp-button">
          {t('skipAdd')}
        </button>
        {error && (
          <p id={errorId} class="cp-error" role="alert">
            {error}
          </p>
        )}
      </form>
    </fieldset>
  );
}

// Sites to skip: the reader adds a hostname (or pastes a URL) and removes entries. What is not a hostname is
// refused with a message, never saved.
import { useId, useState } from 'preact/hooks';
import { parseHostnameInput } from '../../settings/store';

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
      setError(draft.trim() === '' ? 'Type a site, such as example.com.' : `“${draft.trim()}” is not a site name. Try something like example.com.`);
      return;
    }
    setError('');
    setDraft('');
    if (!sites.includes(hostname)) onChange([...sites, hostname]);
  };

  return (
    <fieldset class="cp-skip-sites">
      <legend>Sites to skip</legend>
      <p class="cp-hint">Counterpoint leaves these sites alone. A site also covers its subdomains: example.com covers news.example.com.</p>
      {sites.length === 0 ? (
        <p class="cp-empty">No sites skipped.</p>
      ) : (
        <ul class="cp-site-list" aria-label="Skipped sites">
          {sites.map((site) => (
            <li key={site}>
              <span class="cp-site">{site}</span>
              <button type="button" class="cp-button" aria-label={`Stop skipping ${site}`} onClick={() => onChange(sites.filter((s) => s !== site))}>
                Remove
              </button>
            </li>
          ))}
        </ul>
      )}
      <form class="cp-add-site" onSubmit={add} noValidate>
        <label for={inputId}>Add a site</label>
        <input
          id={inputId}
          type="text"
          inputMode="url"
          autoComplete="off"
          spellcheck={false}
          placeholder="example.com"
          value={draft}
          aria-invalid={error ? 'true' : undefined}
          aria-describedby={error ? errorId : undefined}
          onInput={(e) => setDraft((e.currentTarget as HTMLInputElement).value)}
        />
        <button type="submit" class="cp-button">
          Add
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

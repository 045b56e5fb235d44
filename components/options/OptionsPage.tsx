// The options page: what the overlay shows on article pages. Every change is saved at once to storage.sync and
// open tabs follow it live (their content scripts watch the settings), so there is no Save button.
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../../settings/store';
import { SkipSitesEditor } from './SkipSitesEditor';
import { Toggle } from './Toggle';

export function OptionsPage() {
  const [settings, setSettings] = useState<Settings | null>(null);
  const [saved, setSaved] = useState('');

  useEffect(() => {
    let live = true;
    void loadSettings().then((s) => live && setSettings(s));
    const unwatch = watchSettings(setSettings);
    return () => {
      live = false;
      unwatch();
    };
  }, []);

  if (!settings) return <p class="cp-options-loading">Loading your settings…</p>;

  const save = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    saveSettings(patch).then(
      () => setSaved('Saved. Open tabs are updated.'),
      (error) => setSaved(`Could not save: ${String((error as Error)?.message ?? error)}`),
    );
  };

  return (
    <main class="cp-options">
      <h1>Counterpoint options</h1>

      <fieldset>
        <legend>On article pages, highlight</legend>
        <Toggle label="Quotes" checked={settings.highlightQuotes} onChange={(v) => save({ highlightQuotes: v })} />
        <Toggle
          label="Reported speech"
          hint="What someone said without quote marks, in a lighter style."
          checked={settings.highlightReported}
          onChange={(v) => save({ highlightReported: v })}
        />
        <Toggle label="Statistics" checked={settings.highlightStatistics} onChange={(v) => save({ highlightStatistics: v })} />
        <Toggle
          label="Show a card on hover and focus"
          hint="Who is speaking, and what the other side says back."
          checked={settings.hoverCards}
          onChange={(v) => save({ hoverCards: v })}
        />
      </fieldset>

      <fieldset>
        <legend>When to analyse</legend>
        <Choice name="autoAnalyse" value="auto" checked={settings.autoAnalyse} onSelect={() => save({ autoAnalyse: true })}>
          Automatically, on every news article
        </Choice>
        <Choice name="autoAnalyse" value="click" checked={!settings.autoAnalyse} onSelect={() => save({ autoAnalyse: false })}>
          Only when I open Counterpoint from the toolbar
        </Choice>
      </fieldset>

      <fieldset>
        <legend>Colours</legend>
        <Choice name="colourBy" value="side" checked={settings.colourBy === 'side'} onSelect={() => save({ colourBy: 'side' })}>
          One colour per side of the story
        </Choice>
        <Choice name="colourBy" value="speaker" checked={settings.colourBy === 'speaker'} onSelect={() => save({ colourBy: 'speaker' })}>
          One colour per speaker
        </Choice>
        <Toggle label="High-contrast palette" checked={settings.highContrast} onChange={(v) => save({ highContrast: v })} />
      </fieldset>

      <SkipSitesEditor sites={settings.skipSites} onChange={(skipSites) => save({ skipSites })} />

      <p class="cp-saved" role="status" aria-live="polite">
        {saved}
      </p>
    </main>
  );
}

interface ChoiceProps {
  name: string;
  value: string;
  checked: boolean;
  onSelect: () => void;
  children: preact.ComponentChildren;
}

function Choice({ name, value, checked, onSelect, children }: ChoiceProps) {
  return (
    <label class="cp-choice">
      <input type="radio" name={name} value={value} checked={checked} onChange={onSelect} />
      <span>{children}</span>
    </label>
  );
}

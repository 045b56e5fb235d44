// The options page: what the overlay shows on article pages. Every change is saved at once to storage.sync and
// open tabs follow it live (their content scripts watch the settings), so there is no Save button.
import { useEffect, useState } from 'preact/hooks';
import { loadSettings, saveSettings, watchSettings, type Settings } from '../../settings/store';
import { SkipSitesEditor } from './SkipSitesEditor';
import { Toggle } from './Toggle';
import { t } from '../../i18n/t';

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

  if (!settings) return <p class="cp-options-loading">{t('optionsLoading')}</p>;

  const save = (patch: Partial<Settings>) => {
    setSettings({ ...settings, ...patch });
    saveSettings(patch).then(
      () => setSaved(t('optionsSaved')),
      (error) => setSaved(t('optionsSaveFailed', String((error as Error)?.message ?? error))),
    );
  };

  return (
    <main class="cp-options">
      <h1>{t('optionsTitle')}</h1>

      <fieldset>
        <legend>{t('optionsHighlightLegend')}</legend>
        <Toggle label={t('optionsQuotes')} checked={settings.highlightQuotes} onChange={(v) => save({ highlightQuotes: v })} />
        <Toggle
          label={t('optionsReported')}
          hint={t('optionsReportedHint')}
          checked={settings.highlightReported}
          onChange={(v) => save({ highlightReported: v })}
        />
        <Toggle label={t('optionsStatistics')} checked={settings.highlightStatistics} onChange={(v) => save({ highlightStatistics: v })} />
        <Toggle
          label={t('optionsHoverCards')}
          hint={t('optionsHoverCardsHint')}
          checked={settings.hoverCards}
          onChange={(v) => save({ hoverCards: v })}
        />
      </fieldset>

      <fieldset>
        <legend>{t('optionsWhenLegend')}</legend>
        <Choice name="autoAnalyse" value="auto" checked={settings.autoAnalyse} onSelect={() => save({ autoAnalyse: true })}>
          {t('optionsAutomatic')}
        </Choice>
        <Choice name="autoAnalyse" value="click" checked={!settings.autoAnalyse} onSelect={() => save({ autoAnalyse: false })}>
          {t('optionsOnClick')}
        </Choice>
      </fieldset>

      <fieldset>
        <legend>{t('optionsColoursLegend')}</legend>
        <Choice name="colourBy" value="side" checked={settings.colourBy === 'side'} onSelect={() => save({ colourBy: 'side' })}>
          {t('optionsColourBySide')}
        </Choice>
        <Choice name="colourBy" value="speaker" checked={settings.colourBy === 'speaker'} onSelect={() => save({ colourBy: 'speaker' })}>
          {t('optionsColourBySpeaker')}
        </Choice>
        <Toggle label={t('optionsHighContrast')} checked={settings.highContrast} onChange={(v) => save({ highContrast: v })} />
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

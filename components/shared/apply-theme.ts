// The high-contrast palette is a reader setting, so extension pages follow it live: the class on <html> switches
// the colour variables of theme.css.
import { loadSettings, watchSettings, type Settings } from '../../settings/store';

function apply(settings: Settings) {
  document.documentElement.classList.toggle('cp-high-contrast', settings.highContrast);
}

export async function followThemeSettings(): Promise<() => void> {
  apply(await loadSettings());
  return watchSettings(apply);
}

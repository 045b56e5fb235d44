import { render } from 'preact';
import '../../components/shared/theme.css';
import '../../components/options/options.css';
import { OptionsPage } from '../../components/options/OptionsPage';
import { followThemeSettings } from '../../components/shared/apply-theme';
import { t } from '../../i18n/t';

document.title = t('optionsTitle');

void followThemeSettings();
render(<OptionsPage />, document.getElementById('app')!);

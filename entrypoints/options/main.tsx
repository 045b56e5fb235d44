import { render } from 'preact';
import '../../components/shared/theme.css';
import '../../components/options/options.css';
import { OptionsPage } from '../../components/options/OptionsPage';
import { followThemeSettings } from '../../components/shared/apply-theme';

void followThemeSettings();
render(<OptionsPage />, document.getElementById('app')!);

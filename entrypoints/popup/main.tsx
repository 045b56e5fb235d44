import { render } from 'preact';
import '../../components/shared/theme.css';
import '../../components/popup/popup.css';
import { createBrowserClient } from '../../components/popup/browser-client';
import { PopupApp } from '../../components/popup/PopupApp';
import { followThemeSettings } from '../../components/shared/apply-theme';
import { t } from '../../i18n/t';

document.title = t('extName');

void followThemeSettings();
createBrowserClient(location.search).then((client) => {
  render(<PopupApp client={client} />, document.getElementById('app')!);
});

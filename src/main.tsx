import { render } from 'preact';
import '@fontsource/noto-sans/latin-400.css';
import '@fontsource/noto-sans/latin-ext-400.css';
import '@fontsource/noto-sans/latin-700.css';
import '@fontsource/noto-sans/latin-ext-700.css';
// Only downloaded when a person picks the hyperlegible font (unicode-range + first use).
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-ext-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';
import '@fontsource/atkinson-hyperlegible/latin-ext-700.css';
import './styles/tokens.css';
import './styles/base.css';
import './styles/kiosk.css';
import './styles/themes.css';
import './styles/print.css';
import { App } from './app/app';
import { createI18n } from './i18n/i18n';
import { registerServiceWorker } from './shell/service-worker';
import { defaultSettings } from './shell/settings';
import { createSpeechSynthesisReader } from './speech/read-aloud';

// Bootstrap only: texts of the default language, the app, then the service worker.
async function boot(): Promise<void> {
  const settings = defaultSettings;
  const i18n = await createI18n(settings.defaultLanguage);
  render(<App i18n={i18n} settings={settings} reader={createSpeechSynthesisReader()} />, document.getElementById('app')!);
  if (document.readyState === 'complete') registerServiceWorker();
  else window.addEventListener('load', registerServiceWorker, { once: true });
}

void boot();

import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { I18nextProvider } from 'react-i18next';

import { App } from './App';
import { i18n, isWindowLanguage, setWindowLanguage } from './i18n';
import './styles.css';

// `?lang=pseudo|nl|en` on the page's address chooses the language (for tests); else main's choice.
const asked = new URLSearchParams(window.location.search).get('lang');
const forced = isWindowLanguage(asked) ? asked : null;
document.documentElement.lang = 'en';
if (forced) void setWindowLanguage(forced);
else {
  window.maillens.language().then(
    (language) => void setWindowLanguage(language),
    () => undefined,
  );
  window.maillens.onLanguageChanged((language) => void setWindowLanguage(language));
}

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');
createRoot(root).render(
  <StrictMode>
    <I18nextProvider i18n={i18n}>
      <App />
    </I18nextProvider>
  </StrictMode>,
);

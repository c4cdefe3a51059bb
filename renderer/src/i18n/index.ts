// The window's language: one i18next instance holding the window's texts (`ui`) and the engine's
// (`engine`), in English, Dutch and, for tests, a pseudo-locale. Components read texts with
// `useTranslation('ui')`; engine codes (`Said`) are rendered with `useSaid()`.

import { setI18n, useTranslation } from 'react-i18next';

import { ENGINE } from '../../../shared/i18n/catalogues/engine';
import { isLanguage, localeOf, type Language } from '../../../shared/i18n/languages';
import { pseudoCatalogue } from '../../../shared/i18n/pseudo';
import type { Said } from '../../../shared/i18n/said';
import { createI18n, translatorOf, type Translator } from '../../../shared/i18n/translator';
import { UI_EN } from './en';
import { UI_NL } from './nl';

/** Not a language users choose: every text marked, for the test that finds texts not translated. */
export const PSEUDO = 'pseudo';

export type WindowLanguage = Language | typeof PSEUDO;

/** Keys asked for that a catalogue lacks, for tests (a missing key shows as the key itself). */
export const missingKeys: string[] = [];

export const i18n = createI18n('en', {
  en: { ui: UI_EN },
  nl: { ui: UI_NL },
  [PSEUDO]: { ui: pseudoCatalogue(UI_EN), engine: pseudoCatalogue(ENGINE.en) },
});
// useTranslation() reads this instance, with or without an I18nextProvider around the tree.
setI18n(i18n);
i18n.options.saveMissing = true;
i18n.options.missingKeyHandler = (_languages, namespace, key) => void missingKeys.push(`${namespace}:${key}`);

/** The engine's texts in the window's current language. */
export const engine: Translator = translatorOf(i18n);

/** A text of the window (`ui`) in the current language, for code outside components. */
export function ui(key: string, params?: Readonly<Record<string, unknown>>): string {
  return engine.t(key, params, 'ui');
}

/** The locale for Intl formats in the current language. */
export function currentLocale(): string {
  return localeOf(i18n.language);
}

export function isWindowLanguage(value: unknown): value is WindowLanguage {
  return value === PSEUDO || isLanguage(value);
}

/** Switches the language and sets `lang` on the document (screen readers, hyphenation, spelling). */
export async function setWindowLanguage(language: WindowLanguage): Promise<void> {
  await i18n.changeLanguage(language);
  document.documentElement.lang = language === PSEUDO ? 'en' : language;
}

/**
 * Renders codes in the current language (engine codes by default; `ui` for the window's own keys with
 * code parameters); re-renders the component when the language changes.
 */
export function useSaid(): (said: Said, namespace?: 'engine' | 'ui') => string {
  useTranslation('ui');
  return (said, namespace = 'engine') => engine.said(said, namespace);
}

// One language's texts behind one small interface, for every layer: the renderer, the CLI and the
// report render keys and engine codes (`Said`) through it. i18next does the look-up, the plural forms
// (Intl.PluralRules) and the placeholders; Intl does lists, numbers and dates in the same locale.

import { createInstance, type i18n, type Resource } from 'i18next';

import { ENGINE } from './catalogues/engine';
import { localeOf, type Language } from './languages';
import { isSaid, type Said, type SaidParam } from './said';

export interface Translator {
  readonly language: Language;
  readonly locale: string;
  /** A key of `namespace` (default `engine`), with placeholders and `count` for plurals. */
  t(key: string, params?: Readonly<Record<string, unknown>>, namespace?: string): string;
  /** A code in `namespace` (default `engine`); parameters that are codes are always engine codes. */
  said(said: Said, namespace?: string): string;
  list(items: readonly string[]): string;
  number(value: number, options?: Intl.NumberFormatOptions): string;
}

/**
 * Builds the i18next instance for `language`, with the engine catalogue and any extra namespaces per
 * language (the renderer adds `ui`, and a pseudo-locale for tests).
 */
export function createI18n(language: string, extra: Readonly<Record<string, Resource[string]>> = {}): i18n {
  const resources: Resource = {};
  for (const lang of new Set([...Object.keys(ENGINE), ...Object.keys(extra)])) {
    const engine = (ENGINE as Readonly<Record<string, Resource[string][string]>>)[lang];
    resources[lang] = { ...(engine ? { engine } : {}), ...(extra[lang] ?? {}) };
  }
  const instance = createInstance();
  void instance.init({
    lng: language,
    fallbackLng: false,
    resources,
    ns: Object.keys(resources[language] ?? {}),
    defaultNS: 'engine',
    initAsync: false,
    interpolation: { escapeValue: false },
    returnNull: false,
    returnEmptyString: false,
  });
  return instance;
}

export function translatorOf(instance: i18n): Translator {
  const lists = new Map<string, Intl.ListFormat>();
  const localeNow = (): string => localeOf(instance.language);
  const translator: Translator = {
    get language() {
      return instance.language as Language;
    },
    get locale() {
      return localeNow();
    },
    t: (key, params, namespace = 'engine') => instance.t(key, { ...params, ns: namespace }) as string,
    said: (said, namespace = 'engine') => {
      const params: Record<string, unknown> = {};
      for (const [name, value] of Object.entries(said.params ?? {})) params[name] = renderParam(value, translator);
      return translator.t(said.id, params, namespace);
    },
    list: (items) => {
      const locale = localeNow();
      let format = lists.get(locale);
      if (!format) lists.set(locale, (format = new Intl.ListFormat(locale, { type: 'conjunction' })));
      return format.format(items);
    },
    number: (value, options) => new Intl.NumberFormat(localeNow(), options).format(value),
  };
  return translator;
}

export function createTranslator(language: Language): Translator {
  return translatorOf(createI18n(language));
}

function renderParam(value: SaidParam, translator: Translator): unknown {
  if (typeof value === 'number' || typeof value === 'string') return value;
  if (isSaid(value)) return translator.said(value);
  return translator.list(value.map((item) => (typeof item === 'string' ? item : translator.said(item))));
}

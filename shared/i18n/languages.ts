// The languages MailLens speaks, and which one a system's preferred languages choose.

export const LANGUAGES = ['en', 'nl'] as const;

export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/** The first of the preferred languages (BCP 47 tags, best first) that MailLens speaks; else English. */
export function pickLanguage(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const base = tag.toLowerCase().split(/[-_]/)[0];
    if (isLanguage(base)) return base;
  }
  return 'en';
}

/** The locale for Intl dates, numbers, lists and plural rules. */
export const LOCALE: Readonly<Record<Language, string>> = { en: 'en-GB', nl: 'nl-NL' };

/** The locale of a language, English's for any other (the test pseudo-locale). */
export function localeOf(language: string): string {
  return isLanguage(language) ? LOCALE[language] : LOCALE.en;
}

// The text catalogue for a language.

import type { Lang } from './model';
import type { RightsTexts } from './texts';
import { TEXTS_EN } from './texts-en';
import { TEXTS_NL } from './texts-nl';

export const CATALOGUES: Readonly<Record<Lang, RightsTexts>> = { en: TEXTS_EN, nl: TEXTS_NL };

export function textsFor(lang: Lang): RightsTexts {
  return CATALOGUES[lang];
}

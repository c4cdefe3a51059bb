// The engine's catalogue per language: every text a code (`Said`) from shared/ can stand for, in
// i18next's format (`{{placeholder}}`, plural forms `_one`/`_other`). One file per area and language;
// tests/shared/catalogues.test.ts checks that the languages have the same keys and placeholders.

import type { Language } from '../languages';
import { ERRORS_EN } from './errors-en';
import { ERRORS_NL } from './errors-nl';
import { HEADERS_EN } from './headers-en';
import { HEADERS_NL } from './headers-nl';
import { LINKS_EN } from './links-en';
import { LINKS_NL } from './links-nl';
import { READING_EN } from './reading-en';
import { READING_NL } from './reading-nl';
import { SIGNALS_EN } from './signals-en';
import { SIGNALS_NL } from './signals-nl';

export type Catalogue = { readonly [key: string]: string | Catalogue };

export const ENGINE: Readonly<Record<Language, Catalogue>> = {
  en: { ...READING_EN, ...SIGNALS_EN, ...LINKS_EN, ...HEADERS_EN, ...ERRORS_EN },
  nl: { ...READING_NL, ...SIGNALS_NL, ...LINKS_NL, ...HEADERS_NL, ...ERRORS_NL },
};

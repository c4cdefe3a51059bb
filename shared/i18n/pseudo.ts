// A pseudo-locale made from the English catalogue, for tests: every text is marked (⟦…⟧) and its
// letters accented, placeholders and nested keys kept, so a text node without the marks on a rendered
// screen is a text that does not come from a catalogue.

import type { Catalogue } from './catalogues/engine';

export const PSEUDO_OPEN = '⟦';
export const PSEUDO_CLOSE = '⟧';

const ACCENTED: Readonly<Record<string, string>> = {
  a: 'á',
  e: 'é',
  i: 'í',
  o: 'ó',
  u: 'ú',
  A: 'Á',
  E: 'É',
  I: 'Í',
  O: 'Ó',
  U: 'Ú',
  c: 'ç',
  n: 'ñ',
};

/** Accents the letters outside `{{placeholders}}` and `$t(nesting)`, and wraps the whole in ⟦…⟧. */
export function pseudoText(text: string): string {
  const parts = text.split(/(\{\{[^}]*\}\}|\$t\([^)]*\))/);
  const accented = parts
    .map((part, i) => (i % 2 ? part : part.replace(/[a-zA-Z]/g, (letter) => ACCENTED[letter] ?? letter)))
    .join('');
  return `${PSEUDO_OPEN}${accented}${PSEUDO_CLOSE}`;
}

export function pseudoCatalogue(catalogue: Catalogue): Catalogue {
  const result: Record<string, string | Catalogue> = {};
  for (const [key, value] of Object.entries(catalogue)) {
    result[key] = typeof value === 'string' ? pseudoText(value) : pseudoCatalogue(value);
  }
  return result;
}

// Every language has every key of every other, with the same placeholders: a text missing in Dutch, or
// a Dutch text that drops `{{count}}`, fails here rather than on a user's screen.

import { describe, expect, it } from 'vitest';

import { ENGINE, type Catalogue } from '../../shared/i18n/catalogues/engine';
import { pseudoCatalogue, pseudoText } from '../../shared/i18n/pseudo';
import { UI_EN } from '../../renderer/src/i18n/en';
import { UI_NL } from '../../renderer/src/i18n/nl';

const NAMESPACES: Readonly<Record<string, Readonly<Record<string, Catalogue>>>> = {
  engine: ENGINE,
  ui: { en: UI_EN, nl: UI_NL },
};

/** Each key (plural forms folded into one) with the sorted set of its placeholders. */
function flatten(catalogue: Catalogue, prefix = ''): Map<string, string> {
  const keys = new Map<string, string>();
  for (const [key, value] of Object.entries(catalogue)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value !== 'string') {
      for (const [inner, placeholders] of flatten(value, path)) keys.set(inner, placeholders);
      continue;
    }
    const folded = path.replace(/_(zero|one|two|few|many|other)$/, '');
    const placeholders = [...value.matchAll(/\{\{\s*([\w.]+)[^}]*\}\}/g)].map((match) => match[1]).sort();
    const known = keys.get(folded);
    const merged = [...new Set([...(known ? known.split(',').filter(Boolean) : []), ...placeholders])].sort();
    keys.set(folded, merged.join(','));
  }
  return keys;
}

describe('catalogues', () => {
  for (const [namespace, languages] of Object.entries(NAMESPACES)) {
    it(`${namespace}: every language has the same keys and placeholders`, () => {
      const flat = Object.entries(languages).map(([language, catalogue]) => [language, flatten(catalogue)] as const);
      const [, english] = flat.find(([language]) => language === 'en')!;
      expect(english.size).toBeGreaterThan(0);
      for (const [language, keys] of flat) {
        expect(
          [...english.keys()].filter((key) => !keys.has(key)),
          `${language} lacks`,
        ).toEqual([]);
        expect(
          [...keys.keys()].filter((key) => !english.has(key)),
          `${language} has extra`,
        ).toEqual([]);
        for (const [key, placeholders] of english) expect(keys.get(key), `${language} ${key}`).toBe(placeholders);
      }
    });
  }

  it('finds a missing key and a changed placeholder', () => {
    const en = flatten({ a: 'x {{count}}', b: { c: 'y' } });
    const nl = flatten({ a: 'x {{aantal}}' });
    expect(en.get('a')).not.toBe(nl.get('a'));
    expect(nl.has('b.c')).toBe(false);
  });

  it('pseudo-locale keeps placeholders and marks every text', () => {
    expect(pseudoText('Open {{name}} now')).toBe('⟦Ópéñ {{name}} ñów⟧');
    const pseudo = flatten(pseudoCatalogue(ENGINE.en));
    expect([...pseudo]).toEqual([...flatten(ENGINE.en)]);
  });
});

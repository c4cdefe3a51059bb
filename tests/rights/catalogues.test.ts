// The Dutch and English catalogues have the same shape: the same keys at every level, lists of the same
// length, every sentence non-empty.

import { describe, expect, it } from 'vitest';

import { TEXTS_EN } from '../../shared/rights/texts-en';
import { TEXTS_NL } from '../../shared/rights/texts-nl';
import { catalogueTexts, LANGS } from './texts-under-test';

function keyPaths(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [prefix];
  return Object.keys(value)
    .sort()
    .flatMap((key) => keyPaths((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key));
}

function kinds(value: unknown, prefix = ''): string[] {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [`${prefix}: ${typeof value}`];
  return Object.keys(value)
    .sort()
    .flatMap((key) => kinds((value as Record<string, unknown>)[key], prefix ? `${prefix}.${key}` : key));
}

describe('text catalogues', () => {
  it('have the same keys in Dutch and English', () => {
    expect(keyPaths(TEXTS_NL)).toEqual(keyPaths(TEXTS_EN));
    expect(keyPaths(TEXTS_EN).length).toBeGreaterThan(60);
  });

  it('hold a sentence or a function of the same kind under each key', () => {
    expect(kinds(TEXTS_NL)).toEqual(kinds(TEXTS_EN));
  });

  it('ask the same number of questions in the letter', () => {
    expect(TEXTS_NL.letter.requests('X').length).toBe(TEXTS_EN.letter.requests('X').length);
    expect(TEXTS_NL.letter.requests('').length).toBe(TEXTS_EN.letter.requests('').length);
  });

  it('never give an empty sentence', () => {
    for (const { where, text } of catalogueTexts()) expect(text.trim(), where).not.toBe('');
    expect(LANGS).toEqual(['en', 'nl']);
  });

  it('write "u" to the organisation in the Dutch letter, never "je" or "jij"', () => {
    const dutch = catalogueTexts()
      .filter(({ where }) => where.startsWith('nl letter'))
      .map(({ text }) => text)
      .join('\n');
    expect(dutch).toMatch(/\bu\b/);
    expect(dutch).not.toMatch(/\b(je|jij|jouw|jullie)\b/i);
  });
});

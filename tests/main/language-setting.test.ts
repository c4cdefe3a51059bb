import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

vi.mock('electron', () => ({ app: { getPath: () => '', getPreferredSystemLanguages: () => ['en-US'] } }));

import { LanguageSetting, parseLanguageSetting } from '../../electron/main/language-setting';

let folder: string;
let store: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'maillens-language-'));
  store = join(folder, 'data', 'language.json');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

describe('the language setting', () => {
  it('follows the system until a language is chosen', async () => {
    const setting = new LanguageSetting(store, () => ['nl-BE', 'en']);
    await setting.load();
    expect(setting.current).toBe('nl');
    expect(new LanguageSetting(store, () => ['de-DE']).current).toBe('en');
  });

  it('speaks English when the system cannot say its languages', () => {
    const setting = new LanguageSetting(store, () => {
      throw new TypeError('not available');
    });
    expect(setting.current).toBe('en');
  });

  it('remembers the choice, which wins over the system language', async () => {
    await new LanguageSetting(store, () => ['en-GB']).choose('nl');
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual({ language: 'nl' });
    const again = new LanguageSetting(store, () => ['en-GB']);
    await again.load();
    expect(again.current).toBe('nl');
  });

  it('falls back to the system language on a corrupt or unknown file', async () => {
    await new LanguageSetting(store).choose('nl');
    writeFileSync(store, '{"language": "nl"');
    const corrupt = new LanguageSetting(store, () => ['en']);
    await corrupt.load();
    expect(corrupt.current).toBe('en');
    expect(parseLanguageSetting('{"language":"fr"}')).toBeNull();
    expect(parseLanguageSetting('null')).toBeNull();
    expect(parseLanguageSetting('{"language":"en"}')).toBe('en');
  });
});

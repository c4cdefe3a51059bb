// The language chosen in View > Language, remembered in the app's own data folder
// (app.getPath('userData')), never beside the user's mail. Without a choice the system's language wins.

import { readFile, mkdir, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

import { app } from 'electron';

import { isLanguage, pickLanguage, type Language } from '../../shared/i18n/languages';

/** The saved choice, or null for a missing, corrupt or unknown one. */
export function parseLanguageSetting(text: string): Language | null {
  try {
    const value: unknown = JSON.parse(text);
    const language = typeof value === 'object' && value !== null ? (value as { language?: unknown }).language : null;
    return isLanguage(language) ? language : null;
  } catch {
    return null;
  }
}

export class LanguageSetting {
  private chosen: Language | null = null;

  constructor(
    private readonly storePath: string = join(app.getPath('userData'), 'language.json'),
    private readonly system: () => readonly string[] = () => app.getPreferredSystemLanguages(),
  ) {}

  async load(): Promise<void> {
    try {
      this.chosen = parseLanguageSetting(await readFile(this.storePath, 'utf8'));
    } catch {
      this.chosen = null;
    }
  }

  get current(): Language {
    if (this.chosen) return this.chosen;
    try {
      return pickLanguage(this.system());
    } catch {
      // The language must never keep the window from opening.
      return 'en';
    }
  }

  async choose(language: Language): Promise<void> {
    this.chosen = language;
    await mkdir(dirname(this.storePath), { recursive: true });
    const temporary = `${this.storePath}.tmp`;
    // Write then rename: a crash mid-write leaves the previous choice intact.
    await writeFile(temporary, `${JSON.stringify({ language })}\n`, 'utf8');
    await rename(temporary, this.storePath);
  }
}

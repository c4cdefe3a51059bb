// What the engine says, as a code and its parameters: each language renders it from its catalogue
// (shared/i18n/catalogues). The engine never builds a sentence; `Translator.said` does, per language.

/** A parameter: a value shown as it is, a number (also picks the plural form as `count`), or more said. */
export type SaidParam = string | number | Said | readonly (string | Said)[];

export interface Said {
  /** A key of the `engine` namespace, e.g. `signal.tiny` or `answer.direct.identifies`. */
  readonly id: string;
  readonly params?: Readonly<Record<string, SaidParam>>;
}

export function say(id: string, params?: Readonly<Record<string, SaidParam>>): Said {
  return params ? { id, params } : { id };
}

export function isSaid(value: unknown): value is Said {
  return typeof value === 'object' && value !== null && typeof (value as Said).id === 'string';
}

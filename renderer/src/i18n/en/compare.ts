// The window's compare texts in English (namespace `ui`); keys and placeholders match ../nl/compare.ts.

export const COMPARE = {};

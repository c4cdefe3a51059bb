// The engine's errors texts in English (namespace `engine`); keys and placeholders match errors-nl.ts.

export const ERRORS_EN = {};

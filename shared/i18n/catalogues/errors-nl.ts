// The engine's errors texts in Dutch (namespace `engine`); keys and placeholders match errors-en.ts.

export const ERRORS_NL = {};

// The engine's signals texts in Dutch (namespace `engine`); keys and placeholders match signals-en.ts.

export const SIGNALS_NL = {};

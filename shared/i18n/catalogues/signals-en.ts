// The engine's signals texts in English (namespace `engine`); keys and placeholders match signals-nl.ts.

export const SIGNALS_EN = {};

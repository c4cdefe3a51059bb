// The engine's reading texts in Dutch (namespace `engine`); keys and placeholders match reading-en.ts.

export const READING_NL = {};

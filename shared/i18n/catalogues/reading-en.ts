// The engine's reading texts in English (namespace `engine`); keys and placeholders match reading-nl.ts.

export const READING_EN = {};

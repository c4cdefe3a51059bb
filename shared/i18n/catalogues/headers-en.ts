// The engine's headers texts in English (namespace `engine`); keys and placeholders match headers-nl.ts.

export const HEADERS_EN = {};

// The engine's headers texts in Dutch (namespace `engine`); keys and placeholders match headers-en.ts.

export const HEADERS_NL = {};

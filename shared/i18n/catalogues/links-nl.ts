// The engine's links texts in Dutch (namespace `engine`); keys and placeholders match links-en.ts.

export const LINKS_NL = {};

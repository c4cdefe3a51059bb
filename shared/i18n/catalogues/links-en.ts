// The engine's links texts in English (namespace `engine`); keys and placeholders match links-nl.ts.

export const LINKS_EN = {};

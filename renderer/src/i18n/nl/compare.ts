// The window's compare texts in Dutch (namespace `ui`); keys and placeholders match ../en/compare.ts.

export const COMPARE = {};

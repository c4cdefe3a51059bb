// The window's common texts in Dutch (namespace `ui`); keys and placeholders match ../en/common.ts.

export const COMMON = {};

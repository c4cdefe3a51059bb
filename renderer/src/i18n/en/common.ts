// The window's common texts in English (namespace `ui`); keys and placeholders match ../nl/common.ts.

export const COMMON = {};

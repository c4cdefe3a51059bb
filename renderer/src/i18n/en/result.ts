// The window's result texts in English (namespace `ui`); keys and placeholders match ../nl/result.ts.

export const RESULT = {};

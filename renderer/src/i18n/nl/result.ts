// The window's result texts in Dutch (namespace `ui`); keys and placeholders match ../en/result.ts.

export const RESULT = {};

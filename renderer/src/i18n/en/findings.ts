// The window's findings texts in English (namespace `ui`); keys and placeholders match ../nl/findings.ts.

export const FINDINGS = {};

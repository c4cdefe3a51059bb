// The window's findings texts in Dutch (namespace `ui`); keys and placeholders match ../en/findings.ts.

export const FINDINGS = {};

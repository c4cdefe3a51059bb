// The window's mailbox texts in English (namespace `ui`); keys and placeholders match ../nl/mailbox.ts.

export const MAILBOX = {};

// The window's mailbox texts in Dutch (namespace `ui`); keys and placeholders match ../en/mailbox.ts.

export const MAILBOX = {};

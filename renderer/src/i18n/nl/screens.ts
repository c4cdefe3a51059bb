// The window's screens texts in Dutch (namespace `ui`); keys and placeholders match ../en/screens.ts.

export const SCREENS = {};

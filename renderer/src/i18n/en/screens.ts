// The window's screens texts in English (namespace `ui`); keys and placeholders match ../nl/screens.ts.

export const SCREENS = {};

// Chromium's command-line switches that keep Debian's Chromium from calling anyone by itself, for every
// place that starts it (the report's PDF, the browser tests). From ../shared/notes/toolchain.md, without
// the background-networking services Chromium calls Google with, plus three measured here: even so, an
// idle Debian Chromium on about:blank asks for the network time, for component updates and for Google
// account cookies, and a page with form fields (the mailbox's search box) makes it ask Google's autofill
// server about them. Network time and autofill server queries are switched off; the other two services
// are pointed at a closed port on this machine (127.0.0.1:9, the discard port). (Electron has none of
// these services.)

export const CHROMIUM_QUIET_FLAGS: readonly string[] = [
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-default-apps',
  '--disable-features=NetworkPrediction,OptimizationHints,MediaRouter,NetworkTimeServiceQuerying,AutofillServerCommunication',
  '--gaia-url=http://127.0.0.1:9',
  '--component-updater=url-source=http://127.0.0.1:9',
];

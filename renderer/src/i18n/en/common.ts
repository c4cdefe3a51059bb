// The window's common texts in English (namespace `ui`); keys and placeholders match ../nl/common.ts.

export const COMMON = {
  appName: 'MailLens',
  format: {
    bytes: '{{value}} bytes',
    kilobytes: '{{value}} KB',
    megabytes: '{{value}} MB',
    seconds: '{{value}} s',
    minutes: '{{value}} min',
    hours: '{{hours}} h {{minutes}} min',
    address: '{{name}} <{{address}}>',
    /** No addresses (a From, To or Cc that is empty). */
    nobody: '—',
    /** A mail without a (readable) date. */
    noDate: 'unknown',
  },
};

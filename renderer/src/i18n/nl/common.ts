// The window's common texts in Dutch (namespace `ui`); keys and placeholders match ../en/common.ts.

export const COMMON = {
  appName: 'MailLens',
  format: {
    bytes: '{{value}} bytes',
    kilobytes: '{{value}} kB',
    megabytes: '{{value}} MB',
    seconds: '{{value}} s',
    minutes: '{{value}} min',
    hours: '{{hours}} u {{minutes}} min',
    address: '{{name}} <{{address}}>',
    nobody: '—',
    noDate: 'onbekend',
  },
};

// The window's result texts in Dutch (namespace `ui`); keys and placeholders match ../en/result.ts.

export const RESULT = {
  tabs: {
    label: 'Rapport',
    findings: 'Bevindingen ({{count}})',
    links: 'Links ({{count}})',
    headers: 'Headers',
    source: 'Bron',
    attachments: 'Bijlagen ({{count}})',
    rights: 'Jouw rechten',
  },
  links: {
    label: 'Links',
    empty: 'Deze e-mail heeft geen links.',
    note: 'Links worden nooit geopend. Kopieer een link om hem zelf te bekijken.',
    trackedBy: 'Klikken wordt gevolgd door: {{name}}',
    wrappers: 'Gaat via:',
    wrapperSeparator: ' → ',
    destination: 'Echte bestemming:',
    noDestination: 'Echte bestemming onbekend:',
    parameters: 'Parameters die je identificeren:',
    personal: 'persoonlijk',
    campaign: 'campagne',
    parameterText: '{{name}}={{value}}: {{says}}',
    copy: 'Link kopiëren',
    copyDestination: 'Bestemming kopiëren',
    copied: 'Gekopieerd.',
    copyFailed: 'Kopiëren is niet gelukt.',
  },
};

// The window's result texts in English (namespace `ui`); keys and placeholders match ../nl/result.ts.

export const RESULT = {
  tabs: {
    label: 'Report',
    findings: 'Findings ({{count}})',
    links: 'Links ({{count}})',
    headers: 'Headers',
    source: 'Source',
    attachments: 'Attachments ({{count}})',
    rights: 'Your rights',
  },
  links: {
    label: 'Links',
    empty: 'This mail has no links.',
    note: 'Links are never opened. Copy one to look at it yourself.',
    trackedBy: 'Click tracking: {{name}}',
    wrappers: 'Goes through:',
    wrapperSeparator: ' → ',
    destination: 'Real destination:',
    noDestination: 'Real destination unknown:',
    parameters: 'Parameters that identify:',
    personal: 'personal',
    campaign: 'campaign',
    parameterText: '{{name}}={{value}}: {{says}}',
    copy: 'Copy link',
    copyDestination: 'Copy destination',
    copied: 'Copied.',
    copyFailed: 'Could not copy.',
  },
};

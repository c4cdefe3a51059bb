// The window's texts about findings and the plain answer in English (namespace `ui`); keys and
// placeholders match ../nl/findings.ts.

export const FINDINGS = {
  answer: {
    label: 'In short',
    verdictLabel: 'Verdict',
    readingMode: 'If you read this in:',
  },
  signals: {
    title: 'Why',
    against: 'Against tracking: {{says}}',
  },
  learning: {
    title: 'What it would have learned',
    source: 'Source: {{source}}',
    modeNote: 'In {{mode}}:',
  },
};

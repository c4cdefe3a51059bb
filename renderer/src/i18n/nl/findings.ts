// De teksten van het venster over bevindingen en het korte antwoord, in het Nederlands (namespace `ui`);
// dezelfde sleutels en plaatshouders als ../en/findings.ts.

export const FINDINGS = {
  answer: {
    label: 'Kort gezegd',
    verdictLabel: 'Oordeel',
    readingMode: 'Als je dit leest in:',
  },
  signals: {
    title: 'Waarom',
    against: 'Wijst niet op volgen: {{says}}',
  },
  learning: {
    title: 'Wat het te weten zou komen',
    source: 'Bron: {{source}}',
    modeNote: 'In {{mode}}:',
  },
};

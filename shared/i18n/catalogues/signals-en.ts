// The engine's signals (why a reference looks like tracking, or not) in English (namespace `engine`);
// keys and placeholders match signals-nl.ts.

export const SIGNALS_EN = {
  signal: {
    tiny: 'declared {{size}}: too small to see',
    hidden: 'hidden: {{reason}}',
    pathWordCode:
      'the address says "{{word}}" and carries a code that looks made for this message ({{where}}): the shape of an open-tracking URL',
    pathWord: 'the address contains "{{word}}"',
    spacer: 'named like a layout spacer',
    repeated: 'used {{count}} times in this mail: a design element',
    onlyImage: 'the only image from {{host}}',
    outlookOnly: 'placed where only Outlook for Windows loads it',
    printOnly: 'loads only when the mail is printed',
    forwardOnly: 'loads only inside a reply or forward',
    darkModeOnly: 'loads only in dark mode',
    trackingHost: '{{host}} is a tracking host of {{name}} ({{company}})',
    trackerShape: 'its address has the shape of {{name}} ({{company}})',
    notSentByService:
      '{{name}} did not send this mail (no header names {{domains}}): the ids in its address were made for whoever received the original, not for you',
    recipientAddress: 'your address is in it ({{encoding}})',
    recipientId: '{{name}} puts a per-recipient id there',
    recipientIdUnnamed: 'the service puts a per-recipient id there',
    opaqueToken: 'carries a code that looks unique ({{where}})',
    provenByCopies: 'differs between two recipients’ copies of this mail ({{where}}): an id of its reader',
  },
};

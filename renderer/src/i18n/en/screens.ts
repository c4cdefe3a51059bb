// The window's screens texts in English (namespace `ui`); keys and placeholders match ../nl/screens.ts.

export const SCREENS = {
  start: {
    title: 'MailLens',
    lead:
      'MailLens opens a saved mail (.eml, .msg, .oft, .mbox) and shows how it would track you: tracking pixels, ' +
      'remote content, tracked links and read receipts. It never connects to the network.',
    dropZone: 'Drop a mail file, an mbox or a folder here',
    dropZoneHint: 'or press to choose a file',
    dropZoneLabel: 'Drop a mail file, an mbox or a folder of mail here, or press to choose a file',
    dropOneFile: 'Drop one file at a time.',
    compareFirst: 'Open a mail first; then compare it with another person’s copy of the same mail.',
    open: 'Open mail…',
    openFolder: 'Open folder…',
    opening: 'Opening…',
    recentTitle: 'Recent files',
    recentEmpty: 'No recent files yet.',
    recentLabel: 'Open {{fileName}} from {{folder}}',
  },
  loading: {
    title: 'Opening mail',
    fileName: 'Reading {{fileName}}…',
    noFileName: 'Reading the mail…',
    progressLabel: 'Progress',
    progress: '{{done}} of {{total}}',
    cancel: 'Cancel',
  },
  error: {
    title: 'This file could not be opened',
    fileName: 'File: {{fileName}}',
    unexpected: 'Something went wrong while opening the file: {{detail}}',
    back: 'Back',
    openAnother: 'Open another mail…',
  },
  help: {
    title: 'What is a tracking pixel?',
    back: 'Back',
    what: {
      heading: 'What it is',
      p1:
        'A tracking pixel is a tiny picture, often one dot in size and invisible, that a sender puts in a mail. ' +
        'The picture is not inside the mail: it stays on the sender’s server, with an address that is often ' +
        'unique to you.',
      p2:
        'When your mail program shows the mail with pictures on, it fetches that picture. The fetch is the ' +
        'signal: the server now knows the mail was opened.',
    },
    reveals: {
      heading: 'What it reveals',
      p1: 'Your IP address, and from it roughly where you are and which internet provider or organisation you use.',
      p2: 'Your mail program, operating system and kind of device.',
      p3: 'The time you opened the mail, and every time you open it again.',
      p4:
        'Who you are: when the picture’s address carries your mail address or a code made for you, the sender ' +
        'knows it was you who opened it.',
    },
    protects: {
      heading: 'Why turning pictures off protects you',
      p1:
        'With pictures off (Outlook and Thunderbird do this by default), nothing is fetched when you read the ' +
        'mail, so the sender learns nothing. Some services, such as Gmail and Apple Mail Privacy Protection, ' +
        'fetch pictures through their own servers, which hides your IP address but may still tell the sender ' +
        'that the mail was opened.',
      p2:
        'Links can be tracked too: a click goes through the sender’s server first. Turning pictures off does ' +
        'not change that.',
    },
    finds: {
      heading: 'How MailLens finds them',
      p1:
        'MailLens reads the mail file on your computer and lists every address the mail would make your mail ' +
        'program fetch. It recognises hundreds of known tracking services, and looks for the signs of unknown ' +
        'ones: tiny or hidden pictures, your address in the URL, codes that look unique to you.',
      p2:
        'It never fetches anything itself: the preview shows a marked placeholder where each remote picture ' +
        'would be.',
    },
  },
};

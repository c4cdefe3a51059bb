// The window's mailbox texts in English (namespace `ui`); keys and placeholders match ../nl/mailbox.ts.
// So far only the progress texts (renderer/src/mailbox/progress-text.ts); the rest is in strings/en.ts.

export const MAILBOX = {
  mailbox: {
    reading: 'Reading…',
    progress_one: '{{formatted}} message · {{size}}',
    progress_other: '{{formatted}} messages · {{size}}',
    rate: '{{perSecond}} messages/s',
    timeLeft: 'about {{time}} left',
    done: 'Read {{messages}} messages in {{seconds}} s.',
    canceled: 'Reading was stopped after {{messages}} messages; the overview covers only those.',
    failed: 'Reading stopped after {{messages}} messages: {{error}}',
  },
};

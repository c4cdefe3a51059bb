// The window's mailbox texts in Dutch (namespace `ui`); keys and placeholders match ../en/mailbox.ts.

export const MAILBOX = {
  mailbox: {
    reading: 'Bezig met lezen…',
    progress_one: '{{formatted}} e-mail · {{size}}',
    progress_other: '{{formatted}} e-mails · {{size}}',
    rate: '{{perSecond}} e-mails/s',
    timeLeft: 'nog ongeveer {{time}}',
    done: '{{messages}} e-mails gelezen in {{seconds}} s.',
    canceled: 'Het lezen is gestopt na {{messages}} e-mails. Het overzicht gaat alleen over die e-mails.',
    failed: 'Het lezen stopte na {{messages}} e-mails: {{error}}',
  },
};

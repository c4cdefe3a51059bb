// Headers that reveal which platform sent a mail. Facts from nquinlan/Email-Intelligence (34 providers),
// vendor documentation and header samples (tracking-facts section 6.3). Each rule names one clue; a mail
// often shows several (e.g. Klaviyo's X-Kmail headers and a SendGrid DKIM signature).

export type Clue =
  /** A header with this name is present. */
  | { readonly header: string }
  /** A header's value matches (case-insensitive regex). */
  | { readonly header: string; readonly value: string }
  /** A DKIM-Signature has this signing domain (d=), or a subdomain of it. */
  | { readonly dkimDomain: string }
  /** A DKIM-Signature has a selector (s=) matching this regex. */
  | { readonly dkimSelector: string };

export interface PlatformFingerprint {
  readonly platform: string;
  readonly company: string;
  readonly clue: Clue;
}

/**
 * Delivery infrastructure that other platforms send through (Klaviyo and ConvertKit over SendGrid, many
 * over Amazon SES): when a marketing platform is also recognised, it is the one that sent the mail.
 */
export const RELAY_PLATFORMS = new Set(['SendGrid', 'Amazon SES', 'Mailgun', 'SparkPost', 'SMTP.com', 'Dyn Email']);

function fp(platform: string, company: string, clue: Clue): PlatformFingerprint {
  return { platform, company, clue };
}

export const PLATFORM_FINGERPRINTS: readonly PlatformFingerprint[] = [
  fp('Amazon SES', 'Amazon Web Services', { header: 'x-ses-outgoing' }),
  fp('Amazon SES', 'Amazon Web Services', { header: 'feedback-id', value: ':amazonses\\s*$' }),
  fp('Amazon SES', 'Amazon Web Services', { header: 'message-id', value: '@[a-z0-9-]+\\.amazonses\\.com>?$' }),
  fp('Amazon SES', 'Amazon Web Services', { dkimDomain: 'amazonses.com' }),
  fp('SendGrid', 'Twilio', { header: 'x-sg-eid' }),
  fp('SendGrid', 'Twilio', { header: 'x-sendgrid-eid' }),
  fp('SendGrid', 'Twilio', { header: 'x-sg-id' }),
  fp('SendGrid', 'Twilio', { dkimDomain: 'sendgrid.info' }),
  fp('Mailgun', 'Sinch', { header: 'x-mailgun-sid' }),
  fp('Mailgun', 'Sinch', { header: 'x-mailgun-variables' }),
  fp('Mailgun', 'Sinch', { header: 'x-mailgun-tag' }),
  fp('Mailchimp', 'Intuit', { header: 'x-mc-user' }),
  fp('Mailchimp', 'Intuit', { header: 'return-path', value: '@mail\\d*\\.[a-z0-9]+\\.mcsv\\.net' }),
  fp('Mailchimp', 'Intuit', { dkimDomain: 'mcsv.net' }),
  fp('Mailchimp Transactional (Mandrill)', 'Intuit', { header: 'x-mandrill-user' }),
  fp('Mailchimp Transactional (Mandrill)', 'Intuit', { dkimDomain: 'mandrillapp.com' }),
  fp('Postmark', 'ActiveCampaign', { header: 'x-pm-message-id' }),
  fp('Postmark', 'ActiveCampaign', { dkimDomain: 'pm.mtasv.net' }),
  fp('Salesforce Marketing Cloud', 'Salesforce', { header: 'x-sfmc-stack' }),
  fp('Salesforce Marketing Cloud', 'Salesforce', { header: 'x-csa-compliance-source', value: 'sfmc' }),
  fp('Salesforce Marketing Cloud', 'Salesforce', { header: 'feedback-id', value: ':sfmktgcld' }),
  fp('Salesforce Marketing Cloud', 'Salesforce', { header: 'x-job' }),
  fp('Salesforce', 'Salesforce', { header: 'x-sfdc-user' }),
  fp('Salesforce', 'Salesforce', { header: 'x-sfdc-lk' }),
  fp('Klaviyo', 'Klaviyo', { header: 'x-kmail-account' }),
  fp('Klaviyo', 'Klaviyo', { header: 'x-kmail-message' }),
  fp('HubSpot', 'HubSpot', { header: 'x-hs-cid' }),
  fp('HubSpot', 'HubSpot', { dkimDomain: 'hubspotemail.net' }),
  fp('Marketo', 'Adobe', { header: 'x-marketoid' }),
  fp('Marketo', 'Adobe', { header: 'x-mktomailid' }),
  fp('Marketo', 'Adobe', { header: 'x-mkto-mailingid' }),
  fp('Oracle Eloqua', 'Oracle', { header: 'x-elqpod' }),
  fp('Oracle Responsys', 'Oracle', { header: 'x-rext' }),
  fp('Constant Contact', 'Constant Contact', { header: 'x-roving-id' }),
  fp('Constant Contact', 'Constant Contact', { header: 'x-roving-campaignid' }),
  fp('Campaign Monitor', 'Marigold', { header: 'x-complaints-to', value: '@cmail\\d+\\.com' }),
  fp('Campaign Monitor', 'Marigold', { dkimDomain: 'createsend.com' }),
  fp('Mailjet', 'Sinch', { dkimSelector: '^mailjet$' }),
  fp('Mailjet', 'Sinch', { header: 'x-mailjet-campaign' }),
  fp('Mailjet', 'Sinch', { header: 'x-mj-mid' }),
  fp('iContact', 'iContact', { header: 'x-icpinfo' }),
  fp('Emma', 'Marigold', { dkimDomain: 'e2ma.net' }),
  fp('Bronto', 'Oracle', { dkimDomain: 'bronto.com' }),
  fp('MailerLite', 'MailerLite', { dkimDomain: 'ml.mailersend.com' }),
  fp('MailerLite', 'MailerLite', { dkimDomain: 'mlsend.com' }),
  fp('Dyn Email', 'Oracle', { header: 'x-dynectemail-msg-key' }),
  fp('Emailvision (SmartFocus)', 'Actito', { header: 'x-emv-memberid' }),
  fp('Message Bus', 'Message Bus', { header: 'x-messagebus-info' }),
  fp('SMTP.com', 'SMTP.com', { header: 'x-smtpcom-tracking-number' }),
  fp('VerticalResponse', 'Deluxe', { header: 'x-vrfbldomain' }),
  fp('Sailthru', 'Marigold', { header: 'x-mailer', value: 'sailthru' }),
  fp('Fishbowl', 'Fishbowl', { header: 'x-mailer', value: 'fishbowl' }),
  fp('Gold Lasso', 'Gold Lasso', { header: 'x-mailer', value: 'eloop mailer' }),
  fp('Mailigen', 'Mailigen', { header: 'x-mailer', value: 'mailigen' }),
  fp('Mixmax', 'Mixmax', { header: 'x-mailer', value: 'mixmax' }),
  fp('Acoustic (Silverpop)', 'Acoustic', { header: 'received', value: 'from [^ ]*\\.mkt\\d+\\.com' }),
  fp('Listrak', 'Listrak', { header: 'received', value: 'listrak\\.com' }),
  fp('Yesmail', 'Yesmail', { dkimSelector: '^yesmail' }),
  fp('Locaweb', 'Locaweb', { header: 'x-locaweb-id' }),
  fp('Google App Engine', 'Google', { header: 'x-google-appengine-app-id' }),
  fp('Brevo (Sendinblue)', 'Brevo', { header: 'x-sib-id' }),
  fp('Brevo (Sendinblue)', 'Brevo', { header: 'x-mailin-campaign' }),
  fp('Brevo (Sendinblue)', 'Brevo', { dkimDomain: 'sendinblue.com' }),
  fp('Brevo (Sendinblue)', 'Brevo', { dkimDomain: 'brevo.com' }),
  fp('SparkPost', 'Bird', { dkimDomain: 'sparkpostmail.com' }),
  fp('CleverReach', 'CleverReach', { dkimDomain: 'crsend.com' }),
  fp('CleverReach', 'CleverReach', { header: 'list-id', value: '\\.crsend\\.com>?$' }),
  fp('Inxmail', 'Inxmail', { header: 'x-mailer', value: '^inxmail' }),
  fp('Inxmail', 'Inxmail', { header: 'feedback-id', value: ':inxmailde$' }),
  fp('Inxmail', 'Inxmail', { dkimDomain: 'inxserver.com' }),
  fp('Mailchimp', 'Intuit', { header: 'x-mailer', value: '^mailchimp mailer' }),
  fp('Mailchimp', 'Intuit', { header: 'feedback-id', value: ':mc$' }),
  fp('ConvertKit (Kit)', 'Kit', { header: 'feedback-id', value: ':ck$' }),
  fp('ConvertKit (Kit)', 'Kit', { header: 'message-id', value: '@convertkit-mail\\d*\\.com>?$' }),
  fp('ELAINE', 'artegic', { header: 'x-ma-provider', value: '^elaine' }),
  fp('ELAINE', 'artegic', { header: 'message-id', value: '@artegic\\.net>?$' }),
  fp('phpList', 'phpList', { header: 'x-phplist-version' }),
  fp('Klaviyo', 'Klaviyo', { dkimDomain: 'klaviyomail.com' }),
  fp('Klaviyo', 'Klaviyo', { header: 'x-kmail-relay' }),
  fp('Newsletter2Go', 'Brevo', { header: 'message-id', value: '@m\\d+\\.amxe\\.net>?$' }),
  fp('Newsletter2Go', 'Brevo', { header: 'list-id', value: '\\.amxe\\.net>?$' }),
  fp('Optimizely Campaign (Episerver)', 'Optimizely', { header: 'x-mailer', value: '^episerver' }),
  fp('Optimizely Campaign (Episerver)', 'Optimizely', { header: 'feedback-id', value: ':episerver$' }),
  fp('Brevo (Sendinblue)', 'Brevo', { header: 'x-mailin-eid' }),
  fp('Brevo (Sendinblue)', 'Brevo', { header: 'feedback-id', value: ':sendinblue$' }),
  fp('Brevo (Sendinblue)', 'Brevo', { header: 'message-id', value: '@smtp-relay\\.(sendinblue|brevo)\\.com>?$' }),
  fp('GetResponse', 'GetResponse', { dkimDomain: 'gr-mail.com' }),
  fp('GetResponse', 'GetResponse', { header: 'list-unsubscribe', value: '/one_click_unsubscribe\\.html\\?x=' }),
  fp('ConvertKit (Kit)', 'Kit', { dkimDomain: 'convertkit-mail.com' }),
  fp('ConvertKit (Kit)', 'Kit', { dkimDomain: 'ck.page' }),
  fp('ActiveCampaign', 'ActiveCampaign', { dkimDomain: 'acems1.com' }),
  fp('Zoho Campaigns', 'Zoho', { dkimDomain: 'zcsend.net' }),
  fp('Substack', 'Substack', { dkimDomain: 'substack.com' }),
];

/** Headers that carry a campaign id of some platform (generic, for the headers tab). */
export const CAMPAIGN_HEADERS: readonly string[] = [
  'x-campaign',
  'x-campaignid',
  'x-campaign-id',
  'x-mailchimp-campaign',
  'x-report-abuse',
  'x-csa-complaints',
  'feedback-id',
  'list-id',
];

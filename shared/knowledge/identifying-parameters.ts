// Query parameters that tie a click to a campaign or a person. `personal: true` means the value is
// (or encodes) the recipient's own id. Facts from ClearURLs' global rules and the vendors' documentation
// (tracking-facts section 5.1).

export interface IdentifyingParameter {
  /** Exact name, or a prefix ending in `*` (e.g. `utm_*`). */
  readonly name: string;
  readonly owner: string;
  readonly personal: boolean;
  readonly says: string;
}

export const IDENTIFYING_PARAMETERS: readonly IdentifyingParameter[] = [
  {
    name: 'utm_*',
    owner: 'Google Analytics convention',
    personal: false,
    says: 'campaign attribution (which mail, which link)',
  },
  { name: 'mc_eid', owner: 'Mailchimp', personal: true, says: 'your Mailchimp subscriber id' },
  { name: 'mc_cid', owner: 'Mailchimp', personal: false, says: 'the Mailchimp campaign' },
  { name: '_hsenc', owner: 'HubSpot', personal: true, says: 'an encrypted HubSpot contact token' },
  { name: '_hsmi', owner: 'HubSpot', personal: false, says: 'the HubSpot message id' },
  { name: '__hssc', owner: 'HubSpot', personal: true, says: 'the HubSpot session cookie value' },
  { name: '__hstc', owner: 'HubSpot', personal: true, says: 'the HubSpot visitor cookie value' },
  { name: '__hsfp', owner: 'HubSpot', personal: true, says: 'a HubSpot browser fingerprint' },
  { name: 'hsCtaTracking', owner: 'HubSpot', personal: false, says: 'the HubSpot call-to-action' },
  { name: 'mkt_tok', owner: 'Adobe Marketo', personal: true, says: 'your Marketo lead token' },
  { name: 'ml_subscriber', owner: 'MailerLite', personal: true, says: 'your MailerLite subscriber id' },
  { name: 'ml_subscriber_hash', owner: 'MailerLite', personal: true, says: 'a hash that verifies your MailerLite id' },
  { name: 'vero_id', owner: 'Vero', personal: true, says: 'your Vero customer id' },
  { name: 'vero_conv', owner: 'Vero', personal: false, says: 'the Vero conversion' },
  { name: 'oly_enc_id', owner: 'Omeda', personal: true, says: 'your encrypted Omeda customer id' },
  { name: 'oly_anon_id', owner: 'Omeda', personal: true, says: 'your Omeda anonymous id' },
  { name: 'wickedid', owner: 'WickedReports', personal: true, says: 'a WickedReports contact id' },
  { name: 's_cid', owner: 'Adobe Analytics', personal: false, says: 'an Adobe campaign id' },
  { name: '_ke', owner: 'Klaviyo', personal: true, says: 'your Klaviyo profile (often your address, encoded)' },
  { name: '_kx', owner: 'Klaviyo', personal: true, says: 'your Klaviyo profile token' },
  { name: 'sc_customer', owner: 'Salesforce Commerce', personal: true, says: 'your customer id' },
  { name: 'gclid', owner: 'Google Ads', personal: false, says: 'a Google Ads click id' },
  { name: 'fbclid', owner: 'Meta', personal: false, says: 'a Facebook click id' },
  { name: 'msclkid', owner: 'Microsoft Advertising', personal: false, says: 'a Microsoft Ads click id' },
  { name: 'dclid', owner: 'Google Campaign Manager', personal: false, says: 'a display click id' },
  { name: 'yclid', owner: 'Yandex', personal: false, says: 'a Yandex click id' },
  { name: 'trk_contact', owner: 'Listrak', personal: true, says: 'your Listrak contact id' },
  { name: 'trk_msg', owner: 'Listrak', personal: false, says: 'the Listrak message id' },
  { name: 'sfmc_sub', owner: 'Salesforce Marketing Cloud', personal: true, says: 'your Marketing Cloud subscriber id' },
  { name: 'sfmc_id', owner: 'Salesforce Marketing Cloud', personal: true, says: 'your Marketing Cloud subscriber id' },
  { name: 'ecid', owner: 'Adobe Experience Cloud', personal: true, says: 'your Adobe Experience Cloud id' },
  { name: 'cmpid', owner: 'campaign convention', personal: false, says: 'the campaign id' },
];

export function identifyingParameter(name: string): IdentifyingParameter | undefined {
  const lower = name.toLowerCase();
  return IDENTIFYING_PARAMETERS.find((parameter) =>
    parameter.name.endsWith('*')
      ? lower.startsWith(parameter.name.slice(0, -1).toLowerCase())
      : lower === parameter.name.toLowerCase(),
  );
}

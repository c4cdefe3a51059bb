// The European Economic Area: the 27 EU member states plus Iceland, Liechtenstein and Norway
// (source: https://eur-lex.europa.eu/EN/legal-content/glossary/european-economic-area-eea.html).
// Inside it, the GDPR applies directly to the company; outside it, data about an open leaves the EEA.

const EEA_COUNTRIES = new Set([
  'AT',
  'BE',
  'BG',
  'HR',
  'CY',
  'CZ',
  'DK',
  'EE',
  'FI',
  'FR',
  'DE',
  'GR',
  'HU',
  'IE',
  'IT',
  'LV',
  'LT',
  'LU',
  'MT',
  'NL',
  'PL',
  'PT',
  'RO',
  'SK',
  'SI',
  'ES',
  'SE',
  'IS',
  'LI',
  'NO',
]);

export function isInEea(countryCode: string): boolean {
  return EEA_COUNTRIES.has(countryCode.toUpperCase());
}

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

/**
 * The country of a service whose owner is not confirmed: ISO 3166-1 keeps `ZZ` for user assignment, and
 * Unicode CLDR names it "Unknown Region". Whether such a service is inside the EEA is not known.
 */
export const UNKNOWN_COUNTRY = 'ZZ';

/** Inside the EEA, outside it, or null when the country is not known. */
export function isInEea(countryCode: string): boolean | null {
  if (countryCode.toUpperCase() === UNKNOWN_COUNTRY) return null;
  return EEA_COUNTRIES.has(countryCode.toUpperCase());
}

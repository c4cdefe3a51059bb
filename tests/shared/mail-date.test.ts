import { describe, expect, it } from 'vitest';

import { formatMailDate, zoneOfDateHeader } from '../../shared/i18n/mail-date';

describe('a mail’s date in its own zone', () => {
  it('reads the zone of a Date header', () => {
    expect(zoneOfDateHeader('Tue, 17 Jan 2023 11:02:03 +0100')).toBe('+01:00');
    expect(zoneOfDateHeader('Tue, 17 Jan 2023 11:02:03 -0530 (IST-ish)')).toBe('-05:30');
    expect(zoneOfDateHeader('17 Jan 2023 10:02:03 GMT')).toBe('+00:00');
    expect(zoneOfDateHeader('17 Jan 2023 05:02:03 EST')).toBe('-05:00');
    expect(zoneOfDateHeader('17 Jan 2023 10:02:03')).toBeNull();
    expect(zoneOfDateHeader('17 Jan 2023 10:02:03 +9999')).toBeNull();
  });

  it('shows the sender’s clock time with the zone, in the locale', () => {
    const iso = '2023-01-17T10:02:03.000Z';
    expect(formatMailDate(iso, '+01:00', 'nl-NL')).toBe('17 jan 2023, 11:02 (UTC+01:00)');
    expect(formatMailDate(iso, '-05:00', 'en-GB')).toBe('17 Jan 2023, 05:02 (UTC-05:00)');
    expect(formatMailDate('not a date', null, 'en-GB')).toBe('not a date');
  });
});

// A mail's date as its sender wrote it: the time in the sender's own zone, with that zone shown
// ("17 jan. 2023 11:02 (UTC+01:00)"), in the window's locale.

const NAMED_ZONES: Readonly<Record<string, number>> = {
  UT: 0,
  UTC: 0,
  GMT: 0,
  Z: 0,
  EST: -300,
  EDT: -240,
  CST: -360,
  CDT: -300,
  MST: -420,
  MDT: -360,
  PST: -480,
  PDT: -420,
};

/** The zone of an RFC 5322 Date header's value (`+0100`, `-0500`, `GMT`, `EST`) as `+01:00`; else null. */
export function zoneOfDateHeader(value: string): string | null {
  const words = value
    .replace(/\([^)]*\)/g, ' ')
    .trim()
    .split(/\s+/);
  const last = words[words.length - 1] ?? '';
  const numeric = /^([+-])(\d{2})(\d{2})$/.exec(last);
  if (numeric) {
    const minutes = Number(numeric[2]) * 60 + Number(numeric[3]);
    return minutes < 24 * 60 ? `${numeric[1]}${numeric[2]}:${numeric[3]}` : null;
  }
  const named = NAMED_ZONES[last.toUpperCase()];
  return named === undefined ? null : offsetText(named);
}

function offsetText(minutes: number): string {
  const sign = minutes < 0 ? '-' : '+';
  const whole = Math.abs(minutes);
  return `${sign}${String(Math.floor(whole / 60)).padStart(2, '0')}:${String(whole % 60).padStart(2, '0')}`;
}

function offsetMinutes(zone: string): number {
  const sign = zone.startsWith('-') ? -1 : 1;
  const [hours, minutes] = zone.slice(1).split(':').map(Number);
  return sign * ((hours ?? 0) * 60 + (minutes ?? 0));
}

/** `iso` shown at the clock time of `zone` (the mail's own), with the zone; in the local zone without one. */
export function formatMailDate(iso: string, zone: string | null, locale: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  if (!zone) return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
  const shifted = new Date(date.getTime() + offsetMinutes(zone) * 60_000);
  const text = new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'UTC' }).format(
    shifted,
  );
  return `${text} (UTC${zone})`;
}

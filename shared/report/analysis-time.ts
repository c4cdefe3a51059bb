// When the analysis ran, in the machine's local time and in UTC: the one line of a report that differs
// between two runs over the same file.

export interface AnalysisTime {
  /** ISO 8601 in UTC, e.g. `2026-05-01T12:03:22Z`. */
  readonly utc: string;
  /** Local wall-clock time with its offset from UTC, e.g. `2026-05-01 14:03:22 +02:00`. */
  readonly local: string;
  /** Both on one line, as printed. */
  readonly line: string;
}

const two = (value: number) => String(value).padStart(2, '0');

export function formatAnalysisTime(at: Date): AnalysisTime {
  const utc = `${at.toISOString().slice(0, 19)}Z`;
  // getTimezoneOffset is minutes behind UTC: Berlin in summer gives -120, written +02:00.
  const offset = -at.getTimezoneOffset();
  const sign = offset < 0 ? '-' : '+';
  const zone = `${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
  const local =
    `${at.getFullYear()}-${two(at.getMonth() + 1)}-${two(at.getDate())} ` +
    `${two(at.getHours())}:${two(at.getMinutes())}:${two(at.getSeconds())} ${zone}`;
  return { utc, local, line: `Analysed: ${local} (local time) · ${utc} (UTC)` };
}

// RFC 4180 cells and rows (comma-separated, CRLF line ends, a cell with a comma, quote or line break in
// double quotes, quotes doubled), made safe to open in a spreadsheet: a cell that starts with = + - @
// (or a tab or carriage return) would be read as a formula, so it gets a leading apostrophe.

export type CsvValue = string | number | boolean | null | undefined;

export function csvCell(value: CsvValue): string {
  let text = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function csvRow(values: readonly CsvValue[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

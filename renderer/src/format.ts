// Numbers, dates and addresses as the reader sees them, in the window's language.

import type { MailAddress } from '../../shared/model/mail';
import { strings } from './strings';

export function formatAddresses(addresses: readonly MailAddress[]): string {
  if (addresses.length === 0) return strings.result.nobody;
  return strings.format.list(addresses.map(({ name, address }) => strings.format.address(name, address)));
}

export function formatDate(iso: string | null): string {
  if (!iso) return strings.result.noDate;
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(strings.locale, { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatSize(bytes: number): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(strings.locale, { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return strings.format.bytes(number(bytes, 0));
  if (bytes < 1024 * 1024) return strings.format.kilobytes(number(bytes / 1024, 1));
  return strings.format.megabytes(number(bytes / (1024 * 1024), 1));
}

export function formatDelay(seconds: number): string {
  if (seconds < 120) return strings.format.seconds(Math.round(seconds));
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return strings.format.minutes(minutes);
  return strings.format.hours(Math.floor(minutes / 60), minutes % 60);
}

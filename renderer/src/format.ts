// Numbers, dates and addresses as the reader sees them, in the window's language.

import type { MailAddress } from '../../shared/model/mail';
import { currentLocale, ui } from './i18n';

export function formatAddresses(addresses: readonly MailAddress[]): string {
  if (addresses.length === 0) return ui('format.nobody');
  return addresses.map(({ name, address }) => (name ? ui('format.address', { name, address }) : address)).join(', ');
}

export function formatDate(iso: string | null): string {
  if (!iso) return ui('format.noDate');
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(currentLocale(), { dateStyle: 'medium', timeStyle: 'short' }).format(date);
}

export function formatSize(bytes: number): string {
  const number = (value: number, digits: number) =>
    new Intl.NumberFormat(currentLocale(), { maximumFractionDigits: digits }).format(value);
  if (bytes < 1024) return ui('format.bytes', { value: number(bytes, 0) });
  if (bytes < 1024 * 1024) return ui('format.kilobytes', { value: number(bytes / 1024, 1) });
  return ui('format.megabytes', { value: number(bytes / (1024 * 1024), 1) });
}

export function formatDelay(seconds: number): string {
  if (seconds < 120) return ui('format.seconds', { value: Math.round(seconds) });
  const minutes = Math.round(seconds / 60);
  if (minutes < 120) return ui('format.minutes', { value: minutes });
  return ui('format.hours', { hours: Math.floor(minutes / 60), minutes: minutes % 60 });
}

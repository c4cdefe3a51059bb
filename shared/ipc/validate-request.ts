// Validation of every request main receives: a payload of the wrong shape is rejected, never coerced.

import type { MailboxQuery, MailboxSortKey } from '../model/mailbox';
import type { ExportFormat, InvokeChannel, InvokeChannels } from './contract';

type Validator<C extends InvokeChannel> = (payload: unknown) => InvokeChannels[C]['request'] | undefined;

const MAX_PATH_LENGTH = 4096;
// eslint-disable-next-line no-control-regex -- a path never holds control characters
const CONTROL_CHARACTER = /[\u0000-\u001f]/;
const MAX_INDEX = 1_000_000;
/** A URL to copy is at most a few kilobytes; 64 KB leaves room for any real link. */
const MAX_COPY_LENGTH = 65_536;

function isNothing(payload: unknown): null | undefined {
  return payload === null || payload === undefined ? null : undefined;
}

function isIndex(payload: unknown, minimum: number): { index: number } | undefined {
  if (typeof payload !== 'object' || payload === null || Object.keys(payload).length !== 1) return undefined;
  const index = (payload as { index?: unknown }).index;
  return Number.isInteger(index) && (index as number) >= minimum && (index as number) <= MAX_INDEX
    ? { index: index as number }
    : undefined;
}

/** Rows asked for at once: a screenful or a few; 1,000 keeps one answer small. */
const MAX_PAGE_ROWS = 1000;
const MAX_SEARCH_LENGTH = 500;
const MAX_NAME_LENGTH = 1000;
/** A letter is a few kilobytes; 1 MB is far more than any text the page saves. */
const MAX_SAVED_TEXT = 1024 * 1024;
/** A file name the page suggests for the save dialog: no folder, no control character, a short name. */
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const SAFE_FILE_NAME = /^(?!\.)[^\\/:*?"<>|\u0000-\u001f]{1,120}$/;
const SORT_KEYS: readonly MailboxSortKey[] = ['date', 'sender', 'subject', 'verdict'];
const EXPORT_FORMATS: readonly ExportFormat[] = ['csv', 'json'];

/** The object's own keys are exactly `keys`. */
function hasKeys(payload: unknown, keys: readonly string[]): payload is Record<string, unknown> {
  if (typeof payload !== 'object' || payload === null || Array.isArray(payload)) return false;
  const own = Object.keys(payload);
  return own.length === keys.length && keys.every((key) => own.includes(key));
}

const isWhole = (value: unknown, minimum: number, maximum = MAX_INDEX): value is number =>
  Number.isInteger(value) && (value as number) >= minimum && (value as number) <= maximum;

const isNameOrNull = (value: unknown): value is string | null =>
  value === null || (typeof value === 'string' && value.length <= MAX_NAME_LENGTH);

function isQuery(value: unknown): MailboxQuery | undefined {
  const keys = ['sort', 'descending', 'trackedOnly', 'identifiesOnly', 'company', 'senderDomain', 'text'];
  if (!hasKeys(value, keys)) return undefined;
  const { sort, descending, trackedOnly, identifiesOnly, company, senderDomain, text } = value;
  if (!SORT_KEYS.includes(sort as MailboxSortKey)) return undefined;
  if (typeof descending !== 'boolean' || typeof trackedOnly !== 'boolean' || typeof identifiesOnly !== 'boolean') {
    return undefined;
  }
  if (!isNameOrNull(company) || !isNameOrNull(senderDomain)) return undefined;
  if (typeof text !== 'string' || text.length > MAX_SEARCH_LENGTH) return undefined;
  return { sort: sort as MailboxSortKey, descending, trackedOnly, identifiesOnly, company, senderDomain, text };
}

const VALIDATORS: { readonly [C in InvokeChannel]: Validator<C> } = {
  'mail:choose-and-open': isNothing,
  'mail:choose-folder': isNothing,
  'app:language': isNothing,
  'mailbox:rows': (payload) => {
    if (!hasKeys(payload, ['mailbox', 'query', 'start', 'count'])) return undefined;
    const query = isQuery(payload.query);
    const { mailbox, start, count } = payload;
    if (!query || !isWhole(mailbox, 1) || !isWhole(start, 0, 100_000_000) || !isWhole(count, 1, MAX_PAGE_ROWS)) {
      return undefined;
    }
    return { mailbox, query, start, count };
  },
  'mailbox:overview': (payload) =>
    hasKeys(payload, ['mailbox']) && isWhole(payload.mailbox, 1) ? { mailbox: payload.mailbox } : undefined,
  'mailbox:open-message': (payload) =>
    hasKeys(payload, ['mailbox', 'id']) && isWhole(payload.mailbox, 1) && isWhole(payload.id, 0, 100_000_000)
      ? { mailbox: payload.mailbox, id: payload.id }
      : undefined,
  'mailbox:export': (payload) =>
    hasKeys(payload, ['mailbox', 'format']) &&
    isWhole(payload.mailbox, 1) &&
    EXPORT_FORMATS.includes(payload.format as ExportFormat)
      ? { mailbox: payload.mailbox, format: payload.format as ExportFormat }
      : undefined,
  'mail:cancel': isNothing,
  'app:recent-files': isNothing,
  'mail:open-recent': (payload) => isIndex(payload, 0),
  'app:copy-text': (payload) => {
    if (typeof payload !== 'object' || payload === null || Object.keys(payload).length !== 1) return undefined;
    const text = (payload as { text?: unknown }).text;
    return typeof text === 'string' && text.length > 0 && text.length <= MAX_COPY_LENGTH ? { text } : undefined;
  },
  'mail:preview-message': (payload) => isIndex(payload, 1),
  'mail:compare-with-copy': (payload) => isIndex(payload, 1),
  'mail:source': (payload) => isIndex(payload, 1),
  'report:export': (payload) => isIndex(payload, 1),
  'report:print': (payload) => isIndex(payload, 1),
  'app:save-text': (payload) => {
    if (!hasKeys(payload, ['text', 'fileName'])) return undefined;
    const { text, fileName } = payload;
    if (typeof text !== 'string' || text.length === 0 || text.length > MAX_SAVED_TEXT) return undefined;
    if (typeof fileName !== 'string' || !SAFE_FILE_NAME.test(fileName)) return undefined;
    return { text, fileName };
  },
  'mail:open-dropped': (payload) => {
    if (typeof payload !== 'object' || payload === null || Object.keys(payload).length !== 1) return undefined;
    const path = (payload as { path?: unknown }).path;
    if (
      typeof path !== 'string' ||
      path.length === 0 ||
      path.length > MAX_PATH_LENGTH ||
      CONTROL_CHARACTER.test(path)
    ) {
      return undefined;
    }
    return { path };
  },
};

/** The request if `payload` is valid for `channel`, else undefined. */
export function validateRequest<C extends InvokeChannel>(
  channel: C,
  payload: unknown,
): InvokeChannels[C]['request'] | undefined {
  const validator = VALIDATORS[channel] as Validator<C> | undefined;
  return validator ? validator(payload) : undefined;
}

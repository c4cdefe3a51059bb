// Validation of every request main receives: a payload of the wrong shape is rejected, never coerced.

import type { InvokeChannel, InvokeChannels } from './contract';

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

const VALIDATORS: { readonly [C in InvokeChannel]: Validator<C> } = {
  'mail:choose-and-open': isNothing,
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

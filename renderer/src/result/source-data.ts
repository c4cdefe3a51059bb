// The shown message's raw headers and source, asked of main the first time the Source tab shows them and
// kept per opened mail (another mail's message of the same index is another message).

import { create } from 'zustand';

import type { OpenedMail } from '../../../shared/ipc/contract';
import { useMailLens } from '../store';

export type SourceState =
  | { readonly status: 'loading' }
  | {
      readonly status: 'ready';
      readonly headers: string;
      readonly text: string;
      readonly size: number;
      readonly truncated: boolean;
    }
  | { readonly status: 'failed'; readonly error: string };

interface SourceCache {
  /** The opened mail these sources belong to; a new mail starts an empty cache. */
  readonly mail: OpenedMail | null;
  /** By 1-based message index. */
  readonly sources: Readonly<Record<number, SourceState>>;
}

export const useSourceCache = create<SourceCache>()(() => ({ mail: null, sources: {} }));

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function store(mail: OpenedMail, index: number, state: SourceState): void {
  const cache = useSourceCache.getState();
  const sources = cache.mail === mail ? cache.sources : {};
  useSourceCache.setState({ mail, sources: { ...sources, [index]: state } });
}

/** The source of message `index` of `mail`, as far as it is known. */
export function useMessageSource(mail: OpenedMail, index: number): SourceState | undefined {
  return useSourceCache((cache) => (cache.mail === mail ? cache.sources[index] : undefined));
}

/** Asks main for message `index`'s source unless it is known or on its way (a failure is asked again). */
export async function loadMessageSource(mail: OpenedMail, index: number): Promise<void> {
  const cache = useSourceCache.getState();
  const known = cache.mail === mail ? cache.sources[index] : undefined;
  if (known && known.status !== 'failed') return;
  store(mail, index, { status: 'loading' });
  let state: SourceState;
  try {
    const source = await window.maillens.messageSource(index);
    state = 'error' in source ? { status: 'failed', error: source.error } : { status: 'ready', ...source };
  } catch (error) {
    state = { status: 'failed', error: describe(error) };
  }
  // Another file may have been opened meanwhile: this answer is about the one that was shown.
  if (useMailLens.getState().mail === mail) store(mail, index, state);
}

/** The shown mail changed: its sources (up to a few MB each) are not kept. */
export function forgetMessageSources(): void {
  useSourceCache.setState({ mail: null, sources: {} });
}

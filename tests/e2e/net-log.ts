// Reads a Chromium NetLog (`--log-net-log`) for the one thing the resource-hint test needs: every host
// name lookup the network service was asked for, and whether it was speculative (a DNS prefetch, a
// preconnect or a predictor guess) rather than a request's own.

import { readFileSync } from 'node:fs';

export interface HostLookup {
  /** As Chromium logs it: `scheme://host:port`, after any --host-resolver-rules mapping. */
  readonly host: string;
  readonly speculative: boolean;
}

interface NetLogFile {
  readonly constants: { readonly logEventTypes: Record<string, number> };
  readonly events: readonly { readonly type: number; readonly params?: Record<string, unknown> }[];
}

/** A NetLog of a browser that did not close cleanly ends inside its event array; close it. */
function parseNetLog(text: string): NetLogFile {
  const trimmed = text.trim();
  try {
    return JSON.parse(trimmed) as NetLogFile;
  } catch {
    return JSON.parse(`${trimmed.replace(/,$/, '')}]}`) as NetLogFile;
  }
}

export function hostLookups(path: string): HostLookup[] {
  const log = parseNetLog(readFileSync(path, 'utf8'));
  const request = log.constants.logEventTypes['HOST_RESOLVER_MANAGER_REQUEST'];
  if (request === undefined) throw new Error(`${path} is not a NetLog Chromium can write: no host-resolver events`);
  return log.events
    .filter((event) => event.type === request && typeof event.params?.['host'] === 'string')
    .map((event) => ({ host: String(event.params!['host']), speculative: event.params!['is_speculative'] === true }));
}

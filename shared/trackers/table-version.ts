// Which tracker table a finding was made with: the number of services and a short hash of the table's
// content. A report cites it so that a reader can tell whether two reports used the same knowledge.
// Deterministic: the hash covers every row as JSON, in table order (key order is the rows' own).

import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';

import { TRACKER_SERVICES } from './tracker-table';
import type { TrackerService } from './tracker-service';

export interface TrackerTableVersion {
  readonly services: number;
  /** First 8 hex digits of the SHA-256 of the table as JSON. */
  readonly hash: string;
  /** `486 services · 3f2a9c1e`. */
  readonly label: string;
}

export function tableVersionOf(services: readonly TrackerService[]): TrackerTableVersion {
  const hash = bytesToHex(sha256(new TextEncoder().encode(JSON.stringify(services)))).slice(0, 8);
  return { services: services.length, hash, label: `${services.length} services · ${hash}` };
}

let cached: TrackerTableVersion | undefined;

export function trackerTableVersion(): TrackerTableVersion {
  cached ??= tableVersionOf(TRACKER_SERVICES);
  return cached;
}

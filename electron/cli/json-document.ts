// The JSON document of `maillens scan --json` (documented in README.md). Each reference lists what its
// fetch reveals as fact ids; the texts and their sources are given once, under `facts`.

import { IDENTITY_TEXT, READING_MODES, REVEALS } from '../../shared/knowledge/what-a-fetch-reveals';
import type { FileReport } from '../../shared/model/report';

export function jsonDocument(reports: readonly FileReport[]): unknown {
  return {
    files: reports,
    facts: REVEALS,
    identityStatements: IDENTITY_TEXT,
    readingModes: READING_MODES,
  };
}

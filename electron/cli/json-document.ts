// The JSON document of `maillens scan --json` (documented in README.md). Each reference lists what its
// fetch reveals as fact ids; the texts and their sources are given once, under `facts`.

import { READING_MODES, REVEALS } from '../../shared/knowledge/what-a-fetch-reveals';
import type { FileReport } from '../../shared/model/report';

export function jsonDocument(reports: readonly FileReport[]): unknown {
  return {
    files: reports.map((report) => ({
      ...report,
      messages: report.messages.map((message) => ({
        ...message,
        references: message.references.map((finding) => ({
          ...finding,
          learns: finding.learns.map((item) => item.fact),
        })),
      })),
    })),
    facts: REVEALS,
    readingModes: READING_MODES,
  };
}

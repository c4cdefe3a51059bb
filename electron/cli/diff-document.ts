// The JSON document of `maillens diff --json` (documented in README.md): both copies, the verdict and
// every compared reference and link. Reference and link positions (`a`, `b`) are 0-based indexes into
// the `references` and `links` of each copy's `maillens scan --json` report.

import type { CopiesCompared, ComparedCopy } from '../engine/compare-files';
import { verdictLine } from './format-diff';

function copy({ file, sha256, message }: ComparedCopy) {
  return { file, sha256, message: message.index, subject: message.subject, to: message.to };
}

export function diffJsonDocument(result: CopiesCompared): unknown {
  const { comparison } = result;
  return {
    a: copy(result.a),
    b: copy(result.b),
    verdict: comparison.verdict,
    says: verdictLine(comparison),
    counts: comparison.counts,
    summary: comparison.summary,
    references: comparison.references,
    links: comparison.links,
  };
}

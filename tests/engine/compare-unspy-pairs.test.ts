// Issue 9, part 4: two subscribers' copies of each unspy newsletter, compared. Every pair whose sender
// tracks its readers must show at least one per-recipient token; the NORMA pair (filed by the corpus
// under `_no-user-tracking`) is the control and must show none. A file compared with itself never does.

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readEml } from '../../electron/readers/eml-reader';
import { analyseMessage } from '../../shared/analysis/analyse-message';
import { applyComparison } from '../../shared/analysis/apply-comparison';
import { compareCopies, type ComparedItem } from '../../shared/analysis/compare-copies';
import { summariseMessage, type MessageReport } from '../../shared/model/report';
import { findRemoteReferences } from '../../shared/references/find-references';
import { trackerMatcher } from '../../shared/trackers/tracker-table';
import { CORPUS } from '../helpers/corpus';

const ROOT = join(CORPUS, 'eml', 'unspy-newsletters');
/** The corpus's own label: this sender puts nothing per recipient in its URLs. */
const CONTROL = /_no-user-tracking/;

function findPairs(folder: string): [string, string][] {
  const pairs: [string, string][] = [];
  for (const name of readdirSync(folder).sort()) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) pairs.push(...findPairs(path));
    else if (/[.-]u1\.eml$/.test(name)) pairs.push([path, path.replace(/u1\.eml$/, 'u2.eml')]);
  }
  return pairs;
}

async function report(path: string): Promise<MessageReport> {
  const message = await readEml(readFileSync(path));
  const analysis = analyseMessage(message, findRemoteReferences(message), { matcher: trackerMatcher() });
  return summariseMessage(message, analysis);
}

function describeTokens(items: readonly ComparedItem[]): string {
  const where = new Map<string, number>();
  for (const item of items.filter((entry) => entry.perRecipient)) {
    for (const token of item.differing.filter((entry) => entry.kind === 'recipient-id' || entry.kind === 'address')) {
      const host = new URL(item.urlA).host;
      where.set(`${host} ${token.where}`, (where.get(`${host} ${token.where}`) ?? 0) + 1);
    }
  }
  return [...where].map(([place, count]) => `${count}× ${place}`).join('; ');
}

const PAIRS = findPairs(ROOT);

describe('comparing the two copies of each unspy newsletter', () => {
  it('finds the 14 pairs', () => {
    expect(PAIRS).toHaveLength(14);
  });

  it.each(PAIRS.map(([a, b]) => [relative(ROOT, a), a, b] as const))('%s', async (_name, pathA, pathB) => {
    const [a, b] = await Promise.all([report(pathA), report(pathB)]);
    const comparison = compareCopies(a, b);
    expect(comparison.verdict).toBe('compared');
    const { summary } = comparison;
    const perRecipient = summary.references + summary.links;
    console.log(
      `${relative(ROOT, pathA)}: ${summary.references} references and ${summary.links} links carry per-recipient ids` +
        ` (${summary.proven} proven, ${summary.downgraded} downgraded; trackers: ${summary.trackers.join(', ') || 'none'})` +
        `\n  references: ${describeTokens(comparison.references) || 'none'}\n  links: ${describeTokens(comparison.links) || 'none'}`,
    );
    if (CONTROL.test(pathA)) expect(perRecipient).toBe(0);
    else expect(perRecipient).toBeGreaterThan(0);

    // The report as the app shows it after the comparison: each proven finding identifies the reader,
    // and the verdict, counted again, agrees with the findings.
    const after = applyComparison(a, comparison);
    for (const item of comparison.references) expect(after.references[item.a]!.identifies).toBe(item.after);
    const opened = after.references.filter((finding) => finding.trigger === 'open');
    const trackers = opened.filter((finding) => finding.certainty === 'named' || finding.certainty === 'likely');
    const identifying = trackers.filter(
      (finding) => finding.identifies === 'address' || finding.identifies === 'recipient-id',
    );
    expect(after.verdict!.trackers).toBe(trackers.length);
    expect(after.verdict!.identifiesYou).toBe(identifying.length);
    expect(after.verdict!.identifiesYou).toBeGreaterThanOrEqual(a.verdict!.identifiesYou);
    if (summary.proven > 0) expect(after.verdict!.probablyIdentifiesYou).toBeLessThan(a.verdict!.probablyIdentifiesYou);

    for (const path of [pathA, pathB]) {
      const self = path === pathA ? a : b;
      const itself = compareCopies(self, self, { identicalFiles: true });
      expect(itself.verdict).toBe('same-recipient');
      expect(itself.summary.references + itself.summary.links).toBe(0);
      expect([...itself.references, ...itself.links].filter((item) => item.differing.length)).toEqual([]);
      expect([...itself.references, ...itself.links].filter((item) => item.change !== 'unchanged')).toEqual([]);
    }
  });
});

// The human-readable output of `maillens diff`: what the comparison concluded, then one line per URL
// token that differs between the two copies (values side by side, cut around where they differ), then
// the flagged tokens that turned out the same in both copies.

import type { ComparedItem, CopyComparison, DifferenceKind } from '../../shared/analysis/compare-copies';
import type { CopiesCompared } from '../engine/compare-files';

/** Rows per kind: a newsletter's links are many and alike; the table shows this many, --json all. */
const MAX_ROWS = 20;
const VALUE_WIDTH = 24;
const POSITIONS_WIDTH = 18;
const WHERE_WIDTH = 24;

const KIND_TEXT: Record<DifferenceKind, string> = {
  'recipient-id': 'per-recipient id',
  address: 'your address',
  time: 'a time stamp (not you)',
  'cache-buster': 'a cache-buster (not you)',
  'short-number': 'a short number (not you)',
};

const CHANGE_TEXT: Record<ComparedItem['change'], string> = {
  proven: 'identifies you — proven (was: probably)',
  confirmed: 'identifies you — confirmed',
  'newly-found': 'identifies you — found by comparing',
  downgraded: 'not per-recipient (was: probably identifies you)',
  unchanged: '',
};

function isProof(kind: DifferenceKind): boolean {
  return kind === 'recipient-id' || kind === 'address';
}

function count(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}

/** The two values cut to `width`, both around the first character where they differ. */
export function sideBySide(a: string, b: string, width = VALUE_WIDTH): [string, string] {
  let start = 0;
  while (start < a.length && a[start] === b[start]) start++;
  const cut = (value: string) => {
    if (value.length <= width) return value.padEnd(width);
    const from = Math.max(0, Math.min(start - 4, value.length - width + 1));
    const head = from > 0 ? '…' : '';
    const room = width - head.length;
    const body = value.slice(from, from + room);
    return from + room < value.length ? `${head}${body.slice(0, -1)}…` : `${head}${body}`.padEnd(width);
  };
  return [cut(a), cut(b)];
}

export function verdictLine(comparison: CopyComparison): string {
  const { counts, summary } = comparison;
  const common =
    `${counts.pairedReferences} of ${counts.referencesA} references and ` +
    `${counts.pairedLinks} of ${counts.linksA} links have a counterpart in the other copy`;
  switch (comparison.verdict) {
    case 'compared':
      return (
        `Copies of the same mail (${common}). ` +
        `${count(summary.references, 'reference')} and ${count(summary.links, 'link')} carry per-recipient ids.`
      );
    case 'not-a-copy':
      return `Not a copy of the same mail (only ${common}): nothing can be proven by comparing them.`;
    case 'same-recipient':
      return `Both copies are addressed to the same reader (or are the same file): comparing them proves nothing.`;
    case 'nothing-to-compare':
      return 'Neither mail loads anything or has a link: there is nothing to compare.';
  }
}

/** `1, 3-7, 9`: 1-based positions, runs shortened. */
export function positions(indexes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < indexes.length; i++) {
    let j = i;
    while (j + 1 < indexes.length && indexes[j + 1] === indexes[j]! + 1) j++;
    parts.push(j > i ? `${indexes[i]! + 1}-${indexes[j]! + 1}` : `${indexes[i]! + 1}`);
    i = j;
  }
  const all = parts.join(',');
  if (all.length <= POSITIONS_WIDTH) return all;
  const times = ` (${indexes.length}×)`;
  return `${all.slice(0, POSITIONS_WIDTH - times.length - 1)}…${times}`;
}

interface Row {
  readonly indexes: number[];
  readonly text: string;
}

/** One row per distinct difference; the same id in twenty links is one row listing the twenty. */
function rows(label: string, items: readonly ComparedItem[], limit: number): string[] {
  const grouped = new Map<string, Row>();
  for (const item of items) {
    const tracker = (item.tracker ?? new URL(item.urlA).host).slice(0, 18).padEnd(18);
    const change = CHANGE_TEXT[item.change];
    const texts = item.differing.map((token) => {
      const [a, b] = sideBySide(token.a, token.b);
      return `${tracker} ${token.where.slice(0, WHERE_WIDTH).padEnd(WHERE_WIDTH)} ${a} ${b} ${KIND_TEXT[token.kind]}${change && isProof(token.kind) ? `; ${change}` : ''}`;
    });
    if (item.addressOnlyIn) texts.push(`${tracker} your address is in copy ${item.addressOnlyIn.toUpperCase()} only`);
    for (const text of texts) {
      const row = grouped.get(text) ?? { indexes: [], text };
      row.indexes.push(item.a);
      grouped.set(text, row);
    }
  }
  const all = [...grouped.values()];
  const lines = all
    .slice(0, limit)
    .map((row) => `${label.padEnd(5)}${positions(row.indexes).padEnd(POSITIONS_WIDTH)} ${row.text}`);
  if (all.length > limit) lines.push(`     … and ${count(all.length - limit, 'more row')} (see --json)`);
  return lines;
}

function sameRows(items: readonly ComparedItem[]): string[] {
  const grouped = new Map<string, Row>();
  for (const item of items) {
    for (const token of item.sameInBoth) {
      const [value] = sideBySide(token.value, token.value, 40);
      const note = item.change === 'downgraded' ? ` — ${CHANGE_TEXT.downgraded}` : '';
      const text = `${token.where} = ${value.trimEnd()}${note}`;
      const row = grouped.get(text) ?? { indexes: [], text };
      row.indexes.push(item.a);
      grouped.set(text, row);
    }
  }
  const all = [...grouped.values()];
  const lines = all
    .slice(0, MAX_ROWS)
    .map((row) => `ref  ${positions(row.indexes).padEnd(POSITIONS_WIDTH)} ${row.text}`);
  if (all.length > MAX_ROWS) lines.push(`     … and ${count(all.length - MAX_ROWS, 'more row')} (see --json)`);
  return lines;
}

export function formatDiff(result: CopiesCompared): string {
  const { a, b, comparison } = result;
  const to = (message: CopiesCompared['a']['message']) => message.to.map((address) => address.address).join(', ');
  const lines = [
    `A: ${a.file} (message ${a.message.index}, to ${to(a.message) || 'nobody named'})`,
    `B: ${b.file} (message ${b.message.index}, to ${to(b.message) || 'nobody named'})`,
    verdictLine(comparison),
  ];
  if (comparison.verdict === 'not-a-copy' || comparison.verdict === 'nothing-to-compare') return lines.join('\n');
  if (comparison.summary.trackers.length)
    lines.push(`Trackers with per-recipient ids: ${comparison.summary.trackers.join(', ')}`);
  const table = [...rows('ref', comparison.references, MAX_ROWS), ...rows('link', comparison.links, MAX_ROWS)];
  if (table.length) {
    lines.push(
      '',
      `${'KIND'.padEnd(5)}${'#'.padEnd(POSITIONS_WIDTH)} ${'TRACKER / HOST'.padEnd(18)} ${'WHERE'.padEnd(WHERE_WIDTH)} ` +
        `${'IN A'.padEnd(VALUE_WIDTH)} ${'IN B'.padEnd(VALUE_WIDTH)} WHAT IT IS`,
      ...table,
    );
  } else {
    lines.push('', 'No URL token differs between the two copies.');
  }
  const same = comparison.verdict === 'compared' ? sameRows(comparison.references) : [];
  if (same.length) lines.push('', 'Same in both copies, so not per-recipient (campaign or account ids):', ...same);
  return lines.join('\n');
}

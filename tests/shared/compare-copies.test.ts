// The pairing and proof logic of shared/analysis/compare-copies.ts on fixtures written for it
// (tests/fixtures/compare/): one newsletter template sent to three readers, and an unrelated mail.

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { readEml } from '../../electron/readers/eml-reader';
import { analyseMessage } from '../../shared/analysis/analyse-message';
import { alignByShape, compareCopies, type ComparedItem } from '../../shared/analysis/compare-copies';
import { summariseMessage, type MessageReport } from '../../shared/model/report';
import { findRemoteReferences } from '../../shared/references/find-references';
import { trackerMatcher } from '../../shared/trackers/tracker-table';

const FIXTURES = join(__dirname, '..', 'fixtures', 'compare');

async function report(name: string): Promise<MessageReport> {
  const message = await readEml(readFileSync(join(FIXTURES, name)));
  return summariseMessage(
    message,
    analyseMessage(message, findRemoteReferences(message), { matcher: trackerMatcher() }),
  );
}

function byUrl(items: readonly ComparedItem[], part: string): ComparedItem {
  const found = items.find((item) => item.urlA.includes(part));
  if (!found) throw new Error(`no compared item for ${part}`);
  return found;
}

describe('compareCopies', () => {
  it('pairs by shape in document order and skips what only one copy has', () => {
    expect(alignByShape(['a', 'b', 'c', 'd'], ['a', 'x', 'b', 'd'])).toEqual([
      [0, 0],
      [1, 2],
      [3, 3],
    ]);
  });

  it('proves the per-recipient ids of two readers’ copies, and tells a time stamp and a cache-buster apart', async () => {
    const comparison = compareCopies(await report('spring-sale.u1.eml'), await report('spring-sale.u2.eml'));
    expect(comparison.verdict).toBe('compared');
    const pixel = byUrl(comparison.references, 't.shop.example/o/');
    expect(pixel.differing).toEqual([
      { where: 'path segment 2', a: '8Hq2ZkL0pX9a', b: 'Ty5QmB7vRk3e', kind: 'recipient-id' },
      { where: 'query parameter "ts"', a: '1673868477', b: '1673868476', kind: 'time' },
    ]);
    expect(pixel).toMatchObject({
      perRecipient: true,
      before: 'probable-token',
      after: 'recipient-id',
      change: 'proven',
    });

    const logo = byUrl(comparison.references, 'logo.png');
    expect(logo.differing).toEqual([
      { where: 'query parameter "cb"', a: '83629174', b: '19475302', kind: 'cache-buster' },
    ]);
    expect(logo.perRecipient).toBe(false);

    const mailchimp = byUrl(comparison.references, 'list-manage.com');
    expect(mailchimp.differing.map((token) => token.where)).toEqual(['query parameter "e"']);
    expect(mailchimp.change).toBe('confirmed');

    const preferences = byUrl(comparison.links, 'preferences');
    expect(preferences.differing).toEqual([
      { where: 'query parameter "email"', a: 'reader-one@example.org', b: 'reader-two@example.org', kind: 'address' },
    ]);
    expect(comparison.summary).toMatchObject({ references: 2, links: 2, trackers: ['Mailchimp'] });
  });

  it('aligns around a block that only one copy has', async () => {
    const comparison = compareCopies(await report('spring-sale.u1.eml'), await report('spring-sale.u3.eml'));
    expect(comparison.verdict).toBe('compared');
    expect(comparison.counts).toMatchObject({ referencesA: 7, referencesB: 9, pairedReferences: 7, pairedLinks: 2 });
    expect(byUrl(comparison.references, 't.shop.example/o/')).toMatchObject({ a: 4, b: 6 });
  });

  it('finds nothing per-recipient in a file compared with itself, and changes nothing', async () => {
    const copy = await report('spring-sale.u1.eml');
    const comparison = compareCopies(copy, copy, { identicalFiles: true });
    expect(comparison.verdict).toBe('same-recipient');
    expect([...comparison.references, ...comparison.links].every((item) => !item.differing.length)).toBe(true);
    expect([...comparison.references, ...comparison.links].every((item) => item.change === 'unchanged')).toBe(true);
    expect(comparison.summary).toMatchObject({ references: 0, links: 0, proven: 0, downgraded: 0 });
  });

  it('downgrades a probable token that another reader’s copy has too', async () => {
    const copy = await report('spring-sale.u1.eml');
    const other: MessageReport = { ...copy, to: [{ name: '', address: 'reader-two@example.org' }] };
    const pixel = byUrl(compareCopies(copy, other).references, 't.shop.example/o/');
    expect(pixel).toMatchObject({ differing: [], perRecipient: false, change: 'downgraded', after: null });
    expect(pixel.sameInBoth).toContainEqual({ where: 'path segment 2', value: '8Hq2ZkL0pX9a' });
  });

  it('catches the reader’s address in one copy only', async () => {
    const a = await report('spring-sale.u1.eml');
    const b = await report('spring-sale.u2.eml');
    const index = b.references.findIndex((finding) => finding.url.includes('preferences'));
    const references = b.references.map((finding, position) =>
      position === index
        ? {
            ...finding,
            url: 'https://shop.example/preferences?email=list%40shop.example',
            recipientLeak: [],
            tokens: [],
          }
        : finding,
    );
    const item = byUrl(compareCopies(a, { ...b, references }).references, 'preferences');
    expect(item).toMatchObject({ addressOnlyIn: 'a', perRecipient: true });
    expect(item.differing[0]?.kind).toBe('address');
  });

  it('says an unrelated mail is not a copy, and proves nothing from it', async () => {
    const comparison = compareCopies(await report('spring-sale.u2.eml'), await report('unrelated.eml'));
    expect(comparison.verdict).toBe('not-a-copy');
    expect(comparison.references).toEqual([]);
    expect(comparison.links).toEqual([]);
    expect(comparison.summary).toMatchObject({ references: 0, links: 0, proven: 0, downgraded: 0 });
  });
});

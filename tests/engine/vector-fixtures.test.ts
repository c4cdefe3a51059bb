import { describe, expect, it } from 'vitest';

import { readEml } from '../../electron/readers/eml-reader';
import { findRemoteReferences } from '../../shared/references/find-references';
import { VECTORS } from '../../shared/references/vectors';
import { loadVectorFixtures } from '../helpers/vector-fixtures';

const fixtures = loadVectorFixtures();

describe('vector fixtures', () => {
  it('has at least one fixture per construct, over 100 in all', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(100);
  });

  it.each(fixtures.map((fixture) => [fixture.name, fixture] as const))('%s', async (_name, fixture) => {
    const message = await readEml(fixture.bytes);
    const found = findRemoteReferences(message).map(({ trigger, vector, url }) => ({ trigger, vector, url }));
    const key = (item: { trigger: string; vector: string; url: string }) =>
      `${item.trigger} ${item.vector} ${item.url}`;
    expect(found.map(key).sort()).toEqual(fixture.expected.map(key).sort());
  });

  it('names only vectors that exist', () => {
    for (const fixture of fixtures) {
      for (const expectation of fixture.expected) expect(Object.keys(VECTORS)).toContain(expectation.vector);
    }
  });
});

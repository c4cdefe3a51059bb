// The team's vector fixtures: one .eml per construct, each stating what must be found in
// `X-MailLens-Expect: <trigger> <vector> <url>` headers (`none` when nothing may be found).

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export const VECTOR_FIXTURES = join(__dirname, '..', 'fixtures', 'vectors');

export interface Expectation {
  readonly trigger: string;
  readonly vector: string;
  readonly url: string;
}

export interface VectorFixture {
  readonly name: string;
  readonly path: string;
  readonly bytes: Buffer;
  readonly construct: string;
  readonly expected: readonly Expectation[];
}

function headerLines(bytes: Buffer, name: string): string[] {
  const head = bytes.toString('utf8').split(/\r?\n\r?\n/, 1)[0] ?? '';
  const prefix = `${name.toLowerCase()}:`;
  return head
    .split(/\r?\n/)
    .filter((line) => line.toLowerCase().startsWith(prefix))
    .map((line) => line.slice(prefix.length).trim());
}

export function loadVectorFixtures(): VectorFixture[] {
  return readdirSync(VECTOR_FIXTURES)
    .filter((name) => name.endsWith('.eml'))
    .sort()
    .map((name) => {
      const path = join(VECTOR_FIXTURES, name);
      const bytes = readFileSync(path);
      const expected = headerLines(bytes, 'X-MailLens-Expect')
        .filter((line) => line !== 'none')
        .map((line) => {
          const [trigger = '', vector = '', url = ''] = line.split(/\s+/);
          return { trigger, vector, url };
        });
      return { name, path, bytes, construct: headerLines(bytes, 'X-MailLens-Construct')[0] ?? '', expected };
    });
}

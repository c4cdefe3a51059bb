// `maillens diff`: two recipients' copies of one newsletter (the team corpus), a file with itself,
// two different mails, and usage errors. Runs the built CLI (npm run build first).

import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import { CORPUS } from '../helpers/corpus';
import { BUILT_CLI } from '../helpers/pool';

const MAILCHIMP = join(CORPUS, 'eml', 'unspy-newsletters', 'mailchimp', 'examples', '2023-01-17-schreibsuchti');
const U1 = `${MAILCHIMP}.u1.eml`;
const U2 = `${MAILCHIMP}.u2.eml`;
const OTHER = join(
  CORPUS,
  'eml',
  'unspy-newsletters',
  'cleverreach',
  'examples',
  '2023-01-02-oekumenisches-asylforum.u2.eml',
);

function maillens(...args: string[]) {
  const run = spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

describe('maillens diff', () => {
  it('shows the per-recipient id of two copies side by side, and what is the same in both', () => {
    const run = maillens('diff', U1, U2);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Copies of the same mail');
    expect(run.stdout).toMatch(/query parameter "e"\s+6496a8003f\s+dbc07cf131\s+per-recipient id/);
    expect(run.stdout).toMatch(/Same in both copies[\s\S]*query parameter "u" = 5e78d7ef2297cc80842b7591e/);
  });

  it('prints the documented JSON document', () => {
    const run = maillens('diff', U1, U2, '--json');
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document).toMatchObject({
      a: { file: U1, message: 1, to: [{ address: 'hpot2212u1@untrack.email' }] },
      b: { file: U2, message: 1 },
      verdict: 'compared',
      says: expect.any(String),
      counts: { referencesA: 7, pairedReferences: 7, linksA: 4, pairedLinks: 4 },
      summary: { references: 2, links: 3, trackers: ['Mailchimp'] },
    });
    const pixel = document.references.find((item: { urlA: string }) => item.urlA.includes('/track/open.php'));
    expect(pixel).toMatchObject({
      perRecipient: true,
      differing: [{ where: 'query parameter "e"', a: '6496a8003f', b: 'dbc07cf131', kind: 'recipient-id' }],
      sameInBoth: expect.arrayContaining([{ where: 'query parameter "u"', value: '5e78d7ef2297cc80842b7591e' }]),
    });
  });

  it('finds no per-recipient token when a file is compared with itself', () => {
    const document = JSON.parse(maillens('diff', U1, U1, '--json').stdout);
    expect(document.verdict).toBe('same-recipient');
    expect(document.summary).toMatchObject({ references: 0, links: 0, proven: 0, downgraded: 0 });
    for (const item of [...document.references, ...document.links]) expect(item.differing).toEqual([]);
    expect(maillens('diff', U1, U1).stdout).toContain('comparing them proves nothing');
  });

  it('says so when the other file is not a copy of the same mail, and proves nothing', () => {
    const run = maillens('diff', U1, OTHER, '--json');
    expect(run.code).toBe(0);
    const document = JSON.parse(run.stdout);
    expect(document).toMatchObject({ verdict: 'not-a-copy', references: [], links: [] });
    expect(maillens('diff', U1, OTHER).stdout).toContain('Not a copy of the same mail');
  });

  it('answers usage errors with 2 and unreadable files with 1', () => {
    for (const args of [['diff'], ['diff', U1], ['diff', U1, U2, U1], ['diff', U1, U2, '--message', '0']]) {
      const run = maillens(...args);
      expect(run.code, args.join(' ')).toBe(2);
      expect(run.stderr).toContain('Usage:');
    }
    const missing = maillens('diff', U1, '/nonexistent/copy.eml');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('copy.eml: no such file');
  });
});

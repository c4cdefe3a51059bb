// Promise 1, nothing leaves the machine: the real renderer and preview open every vector fixture and
// real mails full of remote content, with every host name and all proxied traffic sent to a canary.
// Gate: the canary sees no connection and the page requests nothing but the app's own files.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { scanFiles } from '../../electron/engine/scan-files';
import { CORPUS, corpusFiles } from '../helpers/corpus';
import { createPool } from '../helpers/pool';
import { loadVectorFixtures } from '../helpers/vector-fixtures';
import { startCanary, type Canary } from './canary';
import { launchApp, openAndSettle, type AppUnderTest } from './harness';

/** How many corpus mails with remote content to open; every one of them unless told otherwise. */
const CORPUS_MAILS = Number(process.env.MAILLENS_SILENCE_MAILS ?? Infinity);

let canary: Canary;
let app: AppUnderTest;

/**
 * Real mails with remote content of any kind: references fetched on open (the risky ones), on an action
 * (links, forms) or only looked up in DNS. 1,070 corpus files have the first kind, 1,408 any kind.
 */
async function mailsWithRemoteContent(limit: number): Promise<{ file: string; onOpen: boolean }[]> {
  const pool = createPool();
  try {
    const candidates = corpusFiles().filter((path) => !/\.(md|txt)$/i.test(path) || /\.mbox\.txt$/i.test(path));
    const reports = await scanFiles(candidates, pool);
    return reports
      .filter((report) => report.messages.some((message) => message.references.length > 0))
      .map((report) => ({
        file: report.file,
        onOpen: report.messages.some((message) => message.references.some((reference) => reference.trigger === 'open')),
      }))
      .slice(0, limit);
  } finally {
    await pool.close();
  }
}

describe('network silence', () => {
  beforeAll(async () => {
    canary = await startCanary();
    app = await launchApp({ canaryPort: canary.port });
  });
  afterAll(async () => {
    await app?.close();
    await canary?.close();
  });

  it(
    'opens every vector fixture and real mails without a single connection',
    async () => {
      const fixtures = loadVectorFixtures().map((fixture) => fixture.path);
      const mails = await mailsWithRemoteContent(CORPUS_MAILS);
      const real = mails.map((mail) => mail.file);
      expect(real.length).toBeGreaterThanOrEqual(Math.min(1400, CORPUS_MAILS));
      for (const path of [...fixtures, ...real]) await openAndSettle(app, path);
      const foreign = app.requests.filter(
        (url) => !url.startsWith(`${app.server.origin}/`) && !url.startsWith('data:') && !url.startsWith('about:'),
      );
      const shown = real.map((file) => file.slice(CORPUS.length + 1)).slice(0, 3);
      console.log(
        `network silence: ${fixtures.length} vector fixtures + ${real.length} corpus mails opened ` +
          `(${mails.filter((mail) => mail.onOpen).length} of them with content fetched on open; ${shown.join(', ')}, …); ` +
          `canary connections: ${canary.targets.length} (${[...new Set(canary.targets)].join(', ') || 'none'}); ` +
          `page requests: ${app.requests.length}, foreign: ${foreign.length}`,
      );
      expect(foreign).toEqual([]);
      expect(canary.targets).toEqual([]);
    },
    40 * 60_000,
  );

  it('would notice: a page outside the app that does fetch reaches the canary (control)', async () => {
    const before = canary.targets.length;
    const probe = await app.page.context().newPage();
    await probe.goto('http://probe.maillens.test/pixel.gif').catch(() => undefined);
    await probe.close();
    expect(canary.targets.slice(before)).toContain('probe.maillens.test');
  });
});

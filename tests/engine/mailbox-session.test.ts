// Issue 10: a mailbox (an mbox or a folder) as main holds it: summaries agree with the engine's full
// reports, message N is read again by seeking and gives the same report, the table's queries do what they
// say, cancel stops the reading, bad input inside a folder gets one error row each, and nothing is written.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { MailboxSession } from '../../electron/engine/mailbox-session';
import { scanFile } from '../../electron/engine/scan-file';
import type { WorkerPool } from '../../electron/engine/worker-pool';
import { TRUNCATED_WARNING } from '../../electron/readers/eml-reader';
import { DEFAULT_MAILBOX_QUERY, type MailboxProgress, type MailboxQuery } from '../../shared/model/mailbox';
import type { MessageReport } from '../../shared/model/report';
import { corpusEmlFiles, writeCorpusMbox } from '../helpers/build-mbox';
import { createPool } from '../helpers/pool';

const MESSAGES = 414;
let pool: WorkerPool;
let folder: string;
let mbox: string;
let reports: readonly MessageReport[];
let session: MailboxSession;
const progress: MailboxProgress[] = [];

const query = (changes: Partial<MailboxQuery>): MailboxQuery => ({ ...DEFAULT_MAILBOX_QUERY, ...changes });
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

beforeAll(async () => {
  pool = createPool({ size: 2 });
  folder = mkdtempSync(join(tmpdir(), 'maillens-mailbox-'));
  mbox = writeCorpusMbox(folder, 'corpus.mbox', MESSAGES).path;
  reports = (await scanFile(mbox, pool)).messages;
  session = await MailboxSession.open(
    mbox,
    1,
    () => pool,
    (update) => progress.push(update),
  );
  await session.finished;
}, 120_000);

afterAll(async () => {
  await pool.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('a mailbox session over an mbox', () => {
  it('summarises every message as the full scan reports it, and says when it is done', () => {
    expect(reports).toHaveLength(MESSAGES);
    const all = session.rows(query({ sort: 'date' }), 0, 1000);
    expect(all.total).toBe(MESSAGES);
    for (const report of reports) {
      const summary = all.rows.find((row) => row.index === report.index)!;
      expect(summary.level).toBe(report.error ? 'error' : report.verdict?.level);
      expect(summary.trackers).toBe(report.verdict?.trackers ?? 0);
      expect(summary.identifiesYou).toBe(report.verdict?.identifiesYou ?? 0);
      expect(summary.fromAddress).toBe(report.from[0]?.address ?? '');
    }
    const last = progress[progress.length - 1]!;
    expect(last).toMatchObject({ mailbox: 1, state: 'done', messages: MESSAGES, files: 1 });
    expect(last.bytesRead).toBe(last.bytesTotal);
  });

  it('counts the overview from the summaries', () => {
    const overview = session.overview();
    const readable = reports.filter((report) => !report.error);
    expect(overview.messages).toBe(readable.length);
    expect(overview.tracked).toBe(readable.filter((report) => (report.verdict?.trackers ?? 0) > 0).length);
    expect(overview.identifiesYou).toBe(readable.filter((report) => (report.verdict?.identifiesYou ?? 0) > 0).length);
    expect(overview.senders.reduce((sum, sender) => sum + sender.messages, 0)).toBe(readable.length);
    expect(overview.months.reduce((sum, month) => sum + month.messages, 0)).toBe(
      readable.filter((report) => report.date !== null).length,
    );
    expect(overview.tracked).toBeGreaterThan(0);
  });

  it('shows message N again by seeking to it: the same report as the full scan, with its preview', async () => {
    for (const index of [1, 2, Math.floor(MESSAGES / 2), MESSAGES - 1, MESSAGES]) {
      const row = session.rows(query({ sort: 'date' }), 0, 1000).rows.find((summary) => summary.index === index)!;
      const outcome = await session.openMessage(row.id);
      expect(outcome.kind).toBe('opened');
      if (outcome.kind !== 'opened') continue;
      const [shown] = outcome.mail.messages;
      expect(shown!.index).toBe(index);
      expect(shown!.references.map((finding) => finding.url)).toEqual(
        reports[index - 1]!.references.map((finding) => finding.url),
      );
      expect(shown!.verdict).toEqual(reports[index - 1]!.verdict);
      expect(outcome.mail.preview?.index).toBe(index);
    }
  });

  it('sorts, filters and searches the table', () => {
    const byDate = session.rows(query({ sort: 'date', descending: true }), 0, 1000).rows;
    const dates = byDate.map((row) => row.date).filter((date): date is string => date !== null);
    expect(dates).toEqual([...dates].sort().reverse());
    expect(byDate.slice(dates.length).every((row) => row.date === null)).toBe(true);

    const overview = session.overview();
    expect(session.rows(query({ trackedOnly: true }), 0, 1).total).toBe(overview.tracked);
    expect(session.rows(query({ identifiesOnly: true }), 0, 1).total).toBe(overview.identifiesYou);
    const top = overview.companies[0]!;
    const company = session.rows(query({ company: top.company }), 0, 1000);
    expect(company.total).toBe(top.messages);
    expect(company.rows.every((row) => row.companies.includes(top.company))).toBe(true);

    const sender = overview.senders[0]!;
    expect(session.rows(query({ senderDomain: sender.domain }), 0, 1).total).toBe(sender.messages);

    const subject = byDate.find((row) => /\w{6,}/.test(row.subject))!.subject.match(/\w{6,}/)![0];
    const found = session.rows(query({ text: subject.toUpperCase() }), 0, 1000);
    expect(found.total).toBeGreaterThan(0);
    expect(
      found.rows.every((row) =>
        [row.subject, row.fromName, row.fromAddress, ...row.companies]
          .join(' ')
          .toLowerCase()
          .includes(subject.toLowerCase()),
      ),
    ).toBe(true);

    const page = session.rows(query({ sort: 'subject', descending: false }), 100, 50);
    expect(page.rows).toEqual(
      session.rows(query({ sort: 'subject', descending: false }), 0, 1000).rows.slice(100, 150),
    );
  });

  it('leaves the mbox byte-identical', () => {
    const again = writeCorpusMbox(folder, 'again.mbox', MESSAGES).path;
    expect(sha256(mbox)).toBe(sha256(again));
  });
});

describe('canceling', () => {
  it('stops reading a large mbox part way; the rows read so far stay', async () => {
    const big = writeCorpusMbox(folder, 'big.mbox', 3000).path;
    const updates: MailboxProgress[] = [];
    const reading = await MailboxSession.open(
      big,
      2,
      () => pool,
      (update) => updates.push(update),
    );
    while (reading.currentProgress().messages < 40) await new Promise((resolve) => setTimeout(resolve, 10));
    await reading.cancel();
    const stoppedAt = reading.currentProgress().messages;
    expect(updates[updates.length - 1]!.state).toBe('canceled');
    expect(stoppedAt).toBeLessThan(3000);
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(reading.currentProgress().messages).toBe(stoppedAt);
    expect(reading.rows(DEFAULT_MAILBOX_QUERY, 0, 10).total).toBe(stoppedAt);
  });
});

describe('a folder with bad input in it', () => {
  it('gives one clear error row per bad item and opens the rest', async () => {
    const root = join(folder, 'mixed');
    mkdirSync(join(root, 'sub'), { recursive: true });
    const [first, second] = corpusEmlFiles().filter((path) => /multipart/i.test(readFileSync(path, 'latin1')));
    copyFileSync(first!, join(root, 'good.eml'));
    const whole = readFileSync(second!);
    writeFileSync(join(root, 'truncated.eml'), whole.subarray(0, Math.floor(whole.length * 0.6)));
    writeFileSync(join(root, 'garbage.eml'), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256)));
    writeFileSync(join(root, 'notes.txt'), 'not mail, skipped');
    execFileSync('mkfifo', [join(root, 'pipe.eml')]);
    symlinkSync(root, join(root, 'sub', 'loop'));
    const updates: MailboxProgress[] = [];
    const opened = await MailboxSession.open(
      root,
      3,
      () => pool,
      (update) => updates.push(update),
    );
    await opened.finished;
    const rows = opened.rows(query({ sort: 'subject', descending: false }), 0, 100).rows;
    const bySource = (source: string) => rows.filter((row) => row.source === source);
    expect(bySource('good.eml')).toHaveLength(1);
    expect(bySource('good.eml')[0]!.level).not.toBe('error');
    expect(bySource('truncated.eml')).toHaveLength(1);
    expect(bySource('truncated.eml')[0]!.warning).toBe(TRUNCATED_WARNING);
    expect(bySource('garbage.eml')).toHaveLength(1);
    expect(bySource('garbage.eml')[0]!.error).toMatch(/not .*mail/i);
    expect(bySource('pipe.eml')).toHaveLength(1);
    expect(bySource('pipe.eml')[0]!.error).toMatch(/named pipe/);
    const loops = rows.filter((row) => row.source.startsWith('sub/loop'));
    expect(loops).toHaveLength(1);
    expect(loops[0]!.error).toMatch(/loop/);
    const last = updates[updates.length - 1]!;
    expect(last.state).toBe('done');
    expect(last.skipped).toBe(1);
    expect(last.errors).toBe(3);
  });
});

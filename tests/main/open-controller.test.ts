import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({
  app: { getPath: () => '' },
  dialog: { showOpenDialog: vi.fn() },
}));
vi.mock('electron', () => electron);

import type { Progress } from '../../shared/ipc/contract';
import { WorkerPool } from '../../electron/engine/worker-pool';
import { isMailboxPath } from '../../electron/engine/mailbox-session';
import { mailPathFromArgv, OpenController, refuseToOpen } from '../../electron/main/open-controller';
import { DEFAULT_MAILBOX_QUERY, type MailboxProgress } from '../../shared/model/mailbox';
import { RecentFiles } from '../../electron/main/recent-files';
import { createPool } from '../helpers/pool';

const FIXTURE = join(__dirname, '..', 'fixtures', 'vectors', '001-img-src.eml');
/** Hangs on any job for message 1 (see the file): an open that only cancel() can stop. */
const HANGING_WORKER = join(__dirname, '..', 'fixtures', 'workers', 'misbehaving-worker.js');

let folder: string;
let controller: OpenController | null = null;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'maillens-open-'));
  electron.dialog.showOpenDialog.mockReset();
});
afterEach(async () => {
  await controller?.close();
  controller = null;
  rmSync(folder, { recursive: true, force: true });
});

function makeController(
  options: {
    createPool?: () => WorkerPool;
    onProgress?: (progress: Progress) => void;
    onMailboxProgress?: (progress: MailboxProgress) => void;
  } = {},
) {
  const recent = new RecentFiles(join(folder, 'user-data', 'recent-files.json'));
  controller = new OpenController({
    recent,
    window: () => null,
    createPool: () => createPool({ size: 1 }),
    ...options,
  });
  return { controller, recent };
}

describe('mailPathFromArgv', () => {
  it('finds the first mail file, skipping the executable and switches', () => {
    expect(
      mailPathFromArgv(['/opt/MailLens/maillens', '--no-sandbox', 'a.txt', 'Offer.EML', 'b.mbox'], '/home/r'),
    ).toBe(resolve('/home/r', 'Offer.EML'));
    expect(mailPathFromArgv(['maillens', '/tmp/box.mbx'], '/home/r')).toBe(resolve('/tmp/box.mbx'));
    expect(mailPathFromArgv(['maillens', '--open=x.eml'], '/home/r')).toBeNull();
    expect(mailPathFromArgv(['x.eml'], '/home/r')).toBeNull();
  });
});

describe('refuseToOpen', () => {
  it('accepts an existing regular file with a mail extension, also through a symbolic link', async () => {
    writeFileSync(join(folder, 'a.oft'), 'x');
    symlinkSync(join(folder, 'a.oft'), join(folder, 'link.msg'));
    expect(await refuseToOpen(join(folder, 'a.oft'))).toBeNull();
    expect(await refuseToOpen(join(folder, 'link.msg'))).toBeNull();
  });

  it('accepts a folder and an extension-less mbox (they open as a mailbox)', async () => {
    mkdirSync(join(folder, 'archive.mbox'));
    mkdirSync(join(folder, 'plain-folder'));
    writeFileSync(join(folder, 'Inbox'), 'From a@example.com Mon Jan  1 00:00:00 2024\nSubject: x\n\nbody\n');
    expect(await refuseToOpen(join(folder, 'archive.mbox'))).toBeNull();
    expect(await refuseToOpen(join(folder, 'plain-folder'))).toBeNull();
    expect(await refuseToOpen(join(folder, 'Inbox'))).toBeNull();
  });

  it('opens a .eml that starts with an mbox From line as one mail, not as a mailbox', async () => {
    const mail = join(folder, 'saved.eml');
    writeFileSync(mail, 'From a@example.org Mon Jan  1 00:00:00 2024\nSubject: one\nFrom: a@example.org\n\nbody\n');
    expect(await isMailboxPath(mail)).toBe(false);
    expect(await isMailboxPath(folder)).toBe(true);
    const { controller: opener } = makeController();
    expect((await opener.openPath(mail)).kind).toBe('opened');
  });

  it('refuses another extension, a missing file and a relative path, with a clear reason', async () => {
    writeFileSync(join(folder, 'notes.txt'), 'x');
    writeFileSync(join(folder, 'README'), 'plain text, not mail');
    expect(await refuseToOpen(join(folder, 'notes.txt'))).toBe(
      'only mail files (.eml, .msg, .oft, .mbox, .mbx, .emlx), mbox files and folders can be opened',
    );
    expect(await refuseToOpen(join(folder, 'README'))).toMatch(/^only mail files/);
    expect(await refuseToOpen(join(folder, 'missing.eml'))).toBe('no such file');
    expect(await refuseToOpen('offer.eml')).toBe('not an absolute path');
  });
});

describe('OpenController', () => {
  it('opens a mail through the engine, reports progress and remembers the file', async () => {
    const progress: Progress[] = [];
    const { controller: opener, recent } = makeController({ onProgress: (step) => progress.push(step) });
    const outcome = await opener.openPath(FIXTURE);
    expect(outcome.kind).toBe('opened');
    if (outcome.kind !== 'opened') return;
    expect(outcome.mail.fileName).toBe('001-img-src.eml');
    expect(outcome.mail.preview?.html).toContain('data-ml-ref');
    expect(JSON.stringify(outcome)).not.toContain(FIXTURE);
    expect(progress.at(0)).toEqual({ fileName: '001-img-src.eml', done: 0, total: 1 });
    expect(progress.at(-1)).toEqual({ fileName: '001-img-src.eml', done: 1, total: 1 });
    expect(recent.path(0)).toBe(FIXTURE);
    expect(opener.recentFiles()[0]).toMatchObject({ index: 0, fileName: '001-img-src.eml' });
    const preview = await opener.previewMessage(1);
    expect('html' in preview && preview.index).toBe(1);
  });

  it('refuses a dropped file that is not mail without touching the engine', async () => {
    const pool = { close: vi.fn(() => Promise.resolve()), run: vi.fn() };
    const { controller: opener, recent } = makeController({ createPool: () => pool as unknown as WorkerPool });
    writeFileSync(join(folder, 'photo.png'), 'x');
    expect(await opener.openPath(join(folder, 'photo.png'))).toEqual({
      kind: 'failed',
      fileName: 'photo.png',
      error: 'only mail files (.eml, .msg, .oft, .mbox, .mbx, .emlx), mbox files and folders can be opened',
    });
    expect(pool.run).not.toHaveBeenCalled();
    expect(recent.list()).toEqual([]);
  });

  it('previews nothing before a file is open, and says why', async () => {
    const { controller: opener } = makeController();
    expect(await opener.previewMessage(1)).toEqual({ error: 'no file is open' });
  });

  it('opens a recent file by index and refuses an index past the list', async () => {
    const { controller: opener, recent } = makeController();
    await recent.add(FIXTURE);
    expect((await opener.openRecent(0)).kind).toBe('opened');
    expect(await opener.openRecent(3)).toEqual({
      kind: 'failed',
      fileName: '',
      error: 'that file is no longer in the recent list',
    });
  });

  it('cancel() stops a running open: its workers are ended and a fresh pool serves the next open', async () => {
    const pools: WorkerPool[] = [];
    const { controller: opener } = makeController({
      createPool: () => {
        const pool = new WorkerPool({ workerScript: HANGING_WORKER, size: 1, timeoutMs: 60_000 });
        pools.push(pool);
        return pool;
      },
    });
    const mail = join(folder, 'hang.eml');
    writeFileSync(mail, 'Subject: one\n\nbody\n');
    const running = opener.openPath(mail);
    await new Promise((done) => setTimeout(done, 300));
    await expect(opener.cancel()).resolves.toBeNull();
    await expect(running).resolves.toEqual({ kind: 'canceled' });
    expect(pools).toHaveLength(2);
    await expect(pools[0]!.run({ kind: 'scan', bytes: new Uint8Array(0), format: 'eml', index: 9 })).rejects.toThrow(
      'closed',
    );
    await expect(pools[1]!.run({ kind: 'scan', bytes: new Uint8Array(0), format: 'eml', index: 9 })).resolves.toEqual({
      index: 9,
    });
  });

  it('cancel() stops reading a mailbox: its workers are ended, the reading says canceled within 1 s', async () => {
    const updates: MailboxProgress[] = [];
    const { controller: opener } = makeController({
      createPool: () => new WorkerPool({ workerScript: HANGING_WORKER, size: 1, timeoutMs: 60_000 }),
      onMailboxProgress: (update) => updates.push(update),
    });
    const mbox = join(folder, 'archive.mbox');
    writeFileSync(mbox, 'From a@example.org Mon Jan  1 00:00:00 2024\nSubject: one\n\nbody\n'.repeat(3));
    const outcome = await opener.openPath(mbox);
    expect(outcome).toEqual({ kind: 'mailbox', mailbox: { mailbox: 1, name: 'archive.mbox', kind: 'mbox' } });
    await new Promise((done) => setTimeout(done, 200));
    await expect(opener.cancel()).resolves.toBeNull();
    expect(updates.at(-1)).toMatchObject({ mailbox: 1, state: 'canceled', messages: 0 });
    expect(opener.mailboxRows(1, DEFAULT_MAILBOX_QUERY, 0, 10)).toEqual({ total: 0, start: 0, rows: [] });
    await opener.close();
  });

  it('gives the shown message as text: an opened file, then a message opened from a mailbox', async () => {
    const { controller: opener } = makeController();
    expect(await opener.messageSource(1)).toEqual({ error: 'no file is open' });
    await opener.openPath(FIXTURE);
    const fixture = readFileSync(FIXTURE, 'utf8');
    const source = await opener.messageSource(1);
    expect(source).toMatchObject({ text: fixture, size: Buffer.byteLength(fixture), truncated: false });
    expect('headers' in source && source.headers).toBe(fixture.slice(0, fixture.search(/\r?\n\r?\n/)));
    await opener.close();

    const mbox = join(folder, 'two.mbox');
    const second = 'Subject: second\nFrom: b@example.org\n\nthe second body\n';
    writeFileSync(
      mbox,
      `From a@example.org Mon Jan  1 00:00:00 2024\nSubject: first\n\nbody\n\nFrom b@example.org Mon Jan  1 00:00:00 2024\n${second}`,
    );
    const updates: MailboxProgress[] = [];
    const opened = makeController({ onMailboxProgress: (update) => updates.push(update) }).controller;
    const outcome = await opened.openPath(mbox);
    expect(outcome.kind).toBe('mailbox');
    await vi.waitFor(() => expect(updates.at(-1)?.state).toBe('done'));
    const row = opened.mailboxRows(1, { ...DEFAULT_MAILBOX_QUERY, sort: 'subject', descending: true }, 0, 1).rows[0]!;
    expect(row.subject).toBe('second');
    expect((await opened.openMailboxMessage(1, row.id)).kind).toBe('opened');
    expect(await opened.messageSource(2)).toMatchObject({
      text: second,
      headers: 'Subject: second\nFrom: b@example.org',
    });
    // A mail opened on its own closes the mailbox: main lets its summaries go.
    expect((await opened.openPath(FIXTURE)).kind).toBe('opened');
    expect(opened.mailboxRows(1, DEFAULT_MAILBOX_QUERY, 0, 10).total).toBe(0);
  });

  it('lets the last open asked for win: an overtaken open reports canceled and is not the current file', async () => {
    let firstStarted: () => void = () => undefined;
    const started = new Promise<void>((resolve) => (firstStarted = resolve));
    const { controller: opener, recent } = makeController({
      onProgress: (step) => step.fileName === 'first.eml' && firstStarted(),
    });
    const first = join(folder, 'first.eml');
    writeFileSync(first, 'Subject: first\r\n\r\nbody\r\n');
    const overtaken = opener.openPath(first);
    await started;
    const latest = await opener.openPath(FIXTURE);
    expect(await overtaken).toEqual({ kind: 'canceled' });
    expect(latest.kind).toBe('opened');
    expect(recent.list().map((file) => file.fileName)).toEqual(['001-img-src.eml']);
  });

  it('chooses a file with the open dialog, filtered to mail', async () => {
    const { controller: opener } = makeController();
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await opener.chooseAndOpen()).toEqual({ kind: 'canceled' });
    const [options] = electron.dialog.showOpenDialog.mock.calls[0] as [{ filters: { extensions: string[] }[] }];
    expect(options.filters[0]?.extensions).toEqual(['eml', 'msg', 'oft', 'mbox', 'mbx', 'emlx']);

    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [FIXTURE] });
    expect((await opener.chooseAndOpen()).kind).toBe('opened');
  });
});

describe('compare with another copy (issue 9, part 4)', () => {
  const COPIES = join(__dirname, '..', 'fixtures', 'compare');

  it('compares the open mail with the copy chosen in the dialog, and says why it cannot', async () => {
    const { controller: opener } = makeController();
    expect(await opener.compareWithCopy(1)).toEqual({ kind: 'failed', fileName: '', error: 'no file is open' });
    expect(electron.dialog.showOpenDialog).not.toHaveBeenCalled();

    expect((await opener.openPath(join(COPIES, 'spring-sale.u1.eml'))).kind).toBe('opened');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: true, filePaths: [] });
    expect(await opener.compareWithCopy(1)).toEqual({ kind: 'canceled' });

    electron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [join(COPIES, 'spring-sale.u2.eml')],
    });
    const outcome = await opener.compareWithCopy(1);
    expect(outcome).toMatchObject({ kind: 'compared', index: 1, fileName: 'spring-sale.u2.eml' });
    if (outcome.kind !== 'compared') throw new Error('not compared');
    expect(outcome.comparison.verdict).toBe('compared');
    expect(outcome.comparison.summary.references).toBeGreaterThan(0);
    expect(JSON.stringify(outcome)).not.toContain(COPIES); // the renderer gets file names, never paths

    const notMail = join(folder, 'notes.txt');
    writeFileSync(notMail, 'hello');
    electron.dialog.showOpenDialog.mockResolvedValueOnce({ canceled: false, filePaths: [notMail] });
    expect(await opener.compareWithCopy(1)).toMatchObject({ kind: 'failed', fileName: 'notes.txt' });

    electron.dialog.showOpenDialog.mockResolvedValueOnce({
      canceled: false,
      filePaths: [join(COPIES, 'spring-sale.u2.eml')],
    });
    expect(await opener.compareWithCopy(2)).toMatchObject({ kind: 'compared' }); // an .eml is its own message 1
  });
});

// Main's mailbox host, with `electron` mocked: a folder of real corpus mail opens as a mailbox whose rows
// are answered only for the mailbox asked about; the overview export goes where the save dialog says,
// and never over or into the mailbox itself (MailLens only reads it).

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => ({ dialog: { showSaveDialog: vi.fn() } }));
vi.mock('electron', () => electron);

import type { WorkerPool } from '../../electron/engine/worker-pool';
import { isInsideMailbox, MailboxHost } from '../../electron/main/mailbox-host';
import { DEFAULT_MAILBOX_QUERY, type MailboxProgress } from '../../shared/model/mailbox';
import { corpusEmlFiles } from '../helpers/build-mbox';
import { createPool } from '../helpers/pool';

let pool: WorkerPool;
let work: string;
let mailbox: string;
const updates: MailboxProgress[] = [];
let host: MailboxHost;

const hashes = (folder: string) =>
  readdirSync(folder)
    .sort()
    .map((name) =>
      createHash('sha256')
        .update(readFileSync(join(folder, name)))
        .digest('hex'),
    );

beforeAll(async () => {
  pool = createPool({ size: 2 });
  work = mkdtempSync(join(tmpdir(), 'maillens-host-'));
  mailbox = join(work, 'saved mail');
  mkdirSync(mailbox);
  for (const [index, file] of corpusEmlFiles().slice(0, 40).entries()) {
    copyFileSync(file, join(mailbox, `${String(index).padStart(2, '0')}.eml`));
  }
  host = new MailboxHost(
    () => pool,
    (update) => updates.push(update),
    () => null,
  );
});

afterAll(async () => {
  await host.close();
  await pool.close();
  rmSync(work, { recursive: true, force: true });
});

describe('isInsideMailbox', () => {
  it('is true for the mailbox itself and anything under it, false beside it', () => {
    expect(isInsideMailbox('/m/Inbox.mbox', '/m/Inbox.mbox')).toBe(true);
    expect(isInsideMailbox('/m/folder/x.csv', '/m/folder')).toBe(true);
    expect(isInsideMailbox('/m/folder/../folder/sub/x.csv', '/m/folder')).toBe(true);
    expect(isInsideMailbox('/m/folder-overview.csv', '/m/folder')).toBe(false);
    expect(isInsideMailbox('/m/x.csv', '/m/Inbox.mbox')).toBe(false);
  });
});

describe('MailboxHost', () => {
  it('opens a folder as a mailbox and answers rows only for that mailbox', async () => {
    const outcome = await host.open(mailbox);
    expect(outcome).toEqual({ kind: 'mailbox', mailbox: { mailbox: 1, name: 'saved mail', kind: 'folder' } });
    await vi.waitFor(() => expect(updates.at(-1)?.state).toBe('done'), { timeout: 60_000 });
    expect(host.rows(1, DEFAULT_MAILBOX_QUERY, 0, 100).total).toBe(40);
    expect(host.rows(2, DEFAULT_MAILBOX_QUERY, 0, 100)).toEqual({ total: 0, start: 0, rows: [] });
    expect((await host.openMessage(2, 0)).kind).toBe('failed');
    expect((await host.openMessage(1, 0)).kind).toBe('opened');
  });

  it('exports the overview where the reader chose, as CSV and as JSON', async () => {
    const csv = join(work, 'overview.csv');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: csv });
    expect(await host.export(1, 'csv')).toEqual({ kind: 'saved', fileName: 'overview.csv' });
    const lines = readFileSync(csv, 'utf8').trimEnd().split('\r\n');
    expect(lines[0]).toBe(
      'domain,organisation,messages,tracked,trackedShare,identifiesYou,companies,countriesOutsideEea',
    );
    expect(lines.length - 1).toBe(host.overview(1).senders.length);

    const json = join(work, 'overview.json');
    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: json });
    expect(await host.export(1, 'json')).toEqual({ kind: 'saved', fileName: 'overview.json' });
    const document = JSON.parse(readFileSync(json, 'utf8')) as { messages: number; messageList: unknown[] };
    expect(document.messages + host.overview(1).errors).toBe(40);
    expect(document.messageList).toHaveLength(40);

    electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await host.export(1, 'csv')).toEqual({ kind: 'canceled' });
  });

  it('refuses to write the export into the mailbox or over one of its mails', async () => {
    const before = hashes(mailbox);
    for (const target of [join(mailbox, 'overview.csv'), join(mailbox, '00.eml')]) {
      electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: target });
      const outcome = await host.export(1, 'csv');
      expect(outcome.kind).toBe('failed');
    }
    expect(existsSync(join(mailbox, 'overview.csv'))).toBe(false);
    expect(hashes(mailbox)).toEqual(before);
  });
});

// listMailSources over folders built in a temporary directory (mixed saved mails, a Maildir, a
// Thunderbird profile, named pipes and symbolic link traps, 10,000 files) and over the team corpus.

import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, extname, join } from 'node:path';
import { buildSync } from 'esbuild';
import { afterAll, describe, expect, it } from 'vitest';

import { listMailSources, type MailSource } from '../../electron/readers/mailbox-sources';
import { CORPUS } from '../helpers/corpus';

const TEMP = mkdtempSync(join(tmpdir(), 'maillens-sources-'));
afterAll(() => rmSync(TEMP, { recursive: true, force: true }));

const MAIL = 'From: a@example.org\nSubject: hi\n\nbody\n';
const MBOX = `From a@example.org Mon Jan  1 00:00:00 2024\n${MAIL}`;

/** Writes `files` (relative path -> content) under a new folder and returns it. */
function tree(name: string, files: Record<string, string>): string {
  const root = join(TEMP, name);
  for (const [relative, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, relative)), { recursive: true });
    writeFileSync(join(root, relative), content);
  }
  return root;
}

async function list(root: string, signal?: AbortSignal): Promise<{ rows: MailSource[]; skipped: string[] }> {
  const rows: MailSource[] = [];
  const skipped: string[] = [];
  for await (const row of listMailSources(root, { signal, onSkipped: (relative) => skipped.push(relative) })) {
    rows.push(row);
  }
  return { rows, skipped };
}

const listed = (rows: readonly MailSource[]): string[] =>
  rows.flatMap((row) => (row.kind === 'file' ? [row.relative] : []));
const errors = (rows: readonly MailSource[]): Record<string, string> =>
  Object.fromEntries(rows.flatMap((row) => (row.kind === 'error' ? [[row.relative, row.error]] : [])));

/** mtime, size and sha256 of every file under `root`, to show that listing it changes nothing. */
function snapshot(root: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const entry of readdirSync(root, { withFileTypes: true, recursive: true })) {
    const path = join(entry.parentPath, entry.name);
    if (!entry.isFile()) continue;
    const stats = statSync(path);
    out[path] = `${stats.mtimeMs} ${stats.size} ${createHash('sha256').update(readFileSync(path)).digest('hex')}`;
  }
  return out;
}

describe('listMailSources', () => {
  it('lists mail files by extension, sorted depth-first, and skips the rest', async () => {
    const root = tree('mixed', {
      'a.eml': MAIL,
      'B.MSG': 'not parsed here',
      'c.emlx': `12\n${MAIL}`,
      'd.mbox': MBOX,
      'e.oft': 'template',
      'f.mbx': MBOX,
      'sub/g.EML': MAIL,
      'sub/deeper/h.eml': MAIL,
      'Inbox.msf': '// <!-- <mdb:mork:z v="1.4"/> -->',
      'data.json': '{}',
      'notes.txt': MAIL,
      'page.html': '<p>hi</p>',
      '.DS_Store': 'x',
      '._a.eml': 'AppleDouble',
    });
    const before = snapshot(root);
    const { rows, skipped } = await list(root);
    expect(listed(rows)).toEqual([
      'B.MSG',
      'a.eml',
      'c.emlx',
      'd.mbox',
      'e.oft',
      'f.mbx',
      join('sub', 'deeper', 'h.eml'),
      join('sub', 'g.EML'),
    ]);
    expect(errors(rows)).toEqual({});
    expect(skipped.sort()).toEqual(['.DS_Store', '._a.eml', 'Inbox.msf', 'data.json', 'notes.txt', 'page.html']);
    const first = rows[0];
    expect(first?.kind === 'file' && first.path === join(root, 'B.MSG') && first.size === 15).toBe(true);
    expect(snapshot(root)).toEqual(before);
  });

  it('lists the messages of a Maildir (cur, new; not tmp)', async () => {
    const root = tree('maildir', {
      'Mail/cur/1700000000.M1P2.host:2,S': MAIL,
      'Mail/cur/1700000001.M1P3.host:2,RS': 'any bytes: everything in cur/ is a message',
      'Mail/new/1700000002.M1P4.host': MAIL,
      'Mail/tmp/1700000003.M1P5.host': MAIL,
      'Mail/dovecot-uidlist': '3 V1700000000 N4\n',
      'Mail/.Sent/cur/1700000004.M1P6.host:2,S': MAIL,
      'Mail/.Sent/new/.keep': '',
      'Mail/.Sent/tmp/.keep': '',
      'notes/cur/todo': 'not a Maildir: no new/ or tmp/ beside cur/\n',
    });
    const { rows, skipped } = await list(root);
    expect(listed(rows)).toEqual([
      join('Mail', '.Sent', 'cur', '1700000004.M1P6.host:2,S'),
      join('Mail', 'cur', '1700000000.M1P2.host:2,S'),
      join('Mail', 'cur', '1700000001.M1P3.host:2,RS'),
      join('Mail', 'new', '1700000002.M1P4.host'),
    ]);
    expect(skipped).toContain(join('Mail', 'tmp'));
    expect(skipped).toContain(join('Mail', 'dovecot-uidlist'));
    expect(skipped).toContain(join('notes', 'cur', 'todo'));
    expect(errors(rows)).toEqual({});
  });

  it('lists Thunderbird mbox files without extension and skips their .msf indexes', async () => {
    const root = tree('thunderbird', {
      'Mail/Local Folders/Inbox': MBOX,
      'Mail/Local Folders/Inbox.msf': '// <!-- <mdb:mork:z v="1.4"/> -->',
      'Mail/Local Folders/Inbox.sbd/Receipts': MBOX,
      'Mail/Local Folders/Inbox.sbd/Receipts.msf': '',
      'Mail/Local Folders/Drafts': `\uFEFFReturn-Path: <a@example.org>\n${MAIL}`,
      'Mail/Local Folders/Trash': '',
      'Mail/Local Folders/msgFilterRules.dat': 'version="9"',
      'Mail/Local Folders/filterlog': '<p>not mail</p>',
      'prefs.js': 'user_pref("a", 1);',
      '.parentlock': '',
    });
    const { rows, skipped } = await list(root);
    const folder = join('Mail', 'Local Folders');
    expect(listed(rows)).toEqual([
      join(folder, 'Drafts'),
      join(folder, 'Inbox'),
      join(folder, 'Inbox.sbd', 'Receipts'),
    ]);
    expect(skipped).toEqual(
      expect.arrayContaining([join(folder, 'Trash'), join(folder, 'filterlog'), join(folder, 'Inbox.msf'), 'prefs.js']),
    );
  });

  it('lists the .emlx files of an Apple Mail folder, whose mailboxes are folders named .mbox', async () => {
    const messages = join('V10', 'UUID-1', 'INBOX.mbox', 'UUID-2', 'Data', '1', 'Messages');
    const root = tree('apple-mail', {
      [join(messages, '12.emlx')]: `40\n${MAIL}`,
      [join(messages, '13.partial.emlx')]: `40\n${MAIL}`,
      [join('V10', 'UUID-1', 'INBOX.mbox', 'Info.plist')]: '<plist/>',
      [join('V10', 'MailData', 'Envelope Index')]: 'SQLite format 3\0',
    });
    const { rows, skipped } = await list(root);
    expect(listed(rows)).toEqual([join(messages, '12.emlx'), join(messages, '13.partial.emlx')]);
    expect(skipped.sort()).toEqual([
      join('V10', 'MailData', 'Envelope Index'),
      join('V10', 'UUID-1', 'INBOX.mbox', 'Info.plist'),
    ]);
  });

  it('gives one error row for a named pipe, a symbolic link loop, a self-link and a broken link', async () => {
    const root = tree('traps', { 'a.eml': MAIL, 'sub/b.eml': MAIL, 'z.eml': MAIL, 'target/t.eml': MAIL });
    execFileSync('mkfifo', [join(root, 'pipe.eml'), join(root, 'sub', 'pipe')]);
    symlinkSync('..', join(root, 'sub', 'up')); // a folder link back to its parent
    symlinkSync('self.eml', join(root, 'self.eml'));
    symlinkSync('missing.eml', join(root, 'broken.eml'));
    symlinkSync('a.eml', join(root, 'link-to-a.eml'));
    symlinkSync('target', join(root, 'linked-folder')); // a second way into target/: listed once
    const { rows, skipped } = await list(root);
    expect(listed(rows)).toEqual([
      'a.eml',
      'link-to-a.eml',
      join('linked-folder', 't.eml'),
      join('sub', 'b.eml'),
      'z.eml',
    ]);
    expect(skipped).toEqual(['target']);
    expect(errors(rows)).toEqual({
      'broken.eml': 'broken symbolic link: what it points to does not exist',
      'pipe.eml': 'not a regular file (a named pipe)',
      'self.eml': 'symbolic link loop: the link leads back to itself',
      [join('sub', 'pipe')]: 'not a regular file (a named pipe)',
      [join('sub', 'up')]: `symbolic link loop: ${join('sub', 'up')} points back to a folder already read`,
    });
    expect(rows.filter((row) => row.kind === 'error')).toHaveLength(5);
  });

  it(`gives one error row for folders nested deeper than 32 levels`, async () => {
    const deep = Array.from({ length: 34 }, (_, index) => `d${index + 1}`);
    const root = tree('deep', { [join(...deep.slice(0, 31), 'ok.eml')]: MAIL, [join(...deep, 'lost.eml')]: MAIL });
    const { rows } = await list(root);
    expect(listed(rows)).toEqual([join(...deep.slice(0, 31), 'ok.eml')]);
    expect(errors(rows)).toEqual({ [join(...deep.slice(0, 33))]: 'more than 32 folders deep; not read' });
  });

  it('gives one error row for a folder it may not read and lists the rest', async () => {
    const root = tree('locked', { 'a.eml': MAIL, 'locked/b.eml': MAIL, 'z/c.eml': MAIL });
    chmodSync(join(root, 'locked'), 0o000);
    try {
      const rows = process.getuid?.() === 0 ? listAsNobody(root) : (await list(root)).rows;
      expect(listed(rows)).toEqual(['a.eml', join('z', 'c.eml')]);
      expect(errors(rows)).toEqual({ locked: 'permission denied' });
    } finally {
      chmodSync(join(root, 'locked'), 0o755);
    }
  });

  it('stops soon after the signal aborts, in a folder of 10,000 files', async () => {
    const root = join(TEMP, 'many');
    mkdirSync(root);
    for (let index = 0; index < 10_000; index += 1) writeFileSync(join(root, `${index}.eml`), MAIL);
    const controller = new AbortController();
    let count = 0;
    for await (const row of listMailSources(root, { signal: controller.signal })) {
      expect(row.kind).toBe('file');
      count += 1;
      if (count === 100) controller.abort();
    }
    expect(count).toBeGreaterThanOrEqual(100);
    expect(count).toBeLessThan(110);
    // Aborted before it starts: nothing at all.
    expect((await list(root, AbortSignal.abort())).rows).toEqual([]);
  });

  it('lists every mail file of the team corpus, and its Maildir files', async () => {
    const { rows } = await list(CORPUS);
    const files = new Set(listed(rows));
    const all = readdirSync(CORPUS, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => join(entry.parentPath, entry.name).slice(CORPUS.length + 1));
    const byExtension = all.filter((path) =>
      ['.eml', '.msg', '.oft', '.mbox', '.mbx', '.emlx'].includes(extname(path)),
    );
    const maildir = all.filter((path) => /,2,[A-Z]*$/.test(path));
    expect(byExtension.length).toBeGreaterThan(2500);
    expect(maildir.length).toBeGreaterThanOrEqual(7);
    expect([...byExtension, ...maildir].filter((path) => !files.has(path))).toEqual([]);
    expect(files).toContain(join('mbox', 'sisimai', 'mbox-0')); // mbox without extension
    expect([...files].filter((path) => /\.(txt|md|json|html)$/i.test(path))).toEqual([]);
    expect(errors(rows)).toEqual({});
  });
});

/**
 * Root may read any folder, so the permission test runs the walk in a child process as `nobody`:
 * mailbox-sources.ts bundled into the temporary folder, which nobody may read.
 */
function listAsNobody(root: string): MailSource[] {
  const script = join(TEMP, 'list-as-nobody.cjs');
  buildSync({
    stdin: {
      contents: `import { listMailSources } from ${JSON.stringify(join(__dirname, '..', '..', 'electron', 'readers', 'mailbox-sources.ts'))};
        (async () => { const rows = []; for await (const row of listMailSources(process.argv[2])) rows.push(row);
        process.stdout.write(JSON.stringify(rows)); })();`,
      loader: 'ts',
      resolveDir: __dirname,
    },
    bundle: true,
    platform: 'node',
    format: 'cjs',
    outfile: script,
  });
  chmodSync(TEMP, 0o755);
  const child = spawnSync(process.execPath, [script, root], { uid: 65534, gid: 65534, encoding: 'utf8' });
  if (child.status !== 0) throw new Error(`the walk as nobody failed: ${child.stderr}`);
  return JSON.parse(child.stdout) as MailSource[];
}

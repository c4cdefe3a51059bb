// Promise 2, the user's files are only read: every corpus file is hashed before and after a full scan
// (the CLI, with its JSON export), previews, evidence reports (and a report aimed at the mail itself,
// which is refused), the app's open path and the corpus opened as one mailbox; and the engine's code
// calls no API that writes, renames or deletes files.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import { openMailFile } from '../../electron/engine/mail-service';
import { MailboxSession } from '../../electron/engine/mailbox-session';
import { CORPUS, listFiles } from '../helpers/corpus';
import { BUILT_CLI, createPool, REPO } from '../helpers/pool';

const out = mkdtempSync(join(tmpdir(), 'maillens-readonly-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const hashAll = (files: readonly string[]) =>
  new Map(files.map((file) => [file, createHash('sha256').update(readFileSync(file)).digest('hex')]));

/** File-system calls that change something. `open` counts unless its flag is the read-only 'r'. */
const WRITING_CALLS =
  /^(writeFile|appendFile|createWriteStream|unlink|rm|rmdir|rename|truncate|ftruncate|copyFile|cp|chmod|chown|utimes|lutimes|symlink|link|mkdir|mkdtemp|write|writev)(Sync)?$/;

/** Flags that only read: the flag names allowed in an `open()` flag expression besides the string 'r'. */
const READ_ONLY_FLAG_NAMES = new Set(['constants', 'O_RDONLY', 'O_NONBLOCK', 'O_NOFOLLOW', 'O_CLOEXEC']);

/** Constants of the file, so a flag passed by name is judged by its value. */
function constInitialisers(source: ts.SourceFile): Map<string, ts.Expression> {
  const found = new Map<string, ts.Expression>();
  const visit = (node: ts.Node): void => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer) {
      found.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** True for 'r', or for numeric flags built only of O_RDONLY and flags that do not write (O_NONBLOCK, …). */
function isReadOnlyFlag(flag: ts.Expression | undefined, constants: Map<string, ts.Expression>, depth = 0): boolean {
  if (!flag || depth > 4) return false;
  if (ts.isStringLiteral(flag)) return flag.text === 'r';
  if (ts.isIdentifier(flag) && constants.has(flag.text))
    return isReadOnlyFlag(constants.get(flag.text), constants, depth + 1);
  let names = 0;
  let readOnly = false;
  let other = false;
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node)) {
      names += 1;
      if (node.text === 'O_RDONLY') readOnly = true;
      if (!READ_ONLY_FLAG_NAMES.has(node.text)) other = true;
    } else if (ts.isStringLiteral(node) || (ts.isNumericLiteral(node) && node.text !== '0')) {
      other = true;
    }
    ts.forEachChild(node, visit);
  };
  visit(flag);
  return names > 0 && readOnly && !other;
}

function writingCalls(path: string, text = readFileSync(path, 'utf8')): string[] {
  const source = ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
  const constants = constInitialisers(source);
  const found: string[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (WRITING_CALLS.test(name)) found.push(`${name}()`);
      if (/^open(Sync)?$/.test(name)) {
        if (!isReadOnlyFlag(node.arguments[1], constants)) found.push(`${name}() without a read-only flag`);
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('read-only', () => {
  it('leaves every corpus file byte-identical after scan, export, preview and the app open path', async () => {
    const files = listFiles(CORPUS);
    const before = hashAll(files);

    const scan = spawnSync(process.execPath, [BUILT_CLI, 'scan', CORPUS, '--json'], { maxBuffer: 1 << 30 });
    expect(scan.status === 0 || scan.status === 1).toBe(true);
    const scanned = (JSON.parse(scan.stdout.toString('utf8')) as { files: unknown[] }).files.length;
    expect(scanned).toBeGreaterThan(3000);

    const samples = files.filter((file) => /\.(eml|msg|mbox)$/.test(file)).filter((_, index) => index % 150 === 0);
    for (const [index, file] of samples.entries()) {
      spawnSync(process.execPath, [BUILT_CLI, 'preview', file, '--out', join(out, `p${index}.html`)]);
      // The evidence report in each form, and once aimed at the mail itself (refused).
      for (const extension of ['html', 'json']) {
        spawnSync(process.execPath, [BUILT_CLI, 'report', file, '--out', join(out, `r${index}.${extension}`)]);
      }
      const overMail = spawnSync(process.execPath, [BUILT_CLI, 'report', file, '--out', file]);
      expect(overMail.status).toBe(2);
    }
    const pool = createPool();
    let mailboxMessages: number;
    try {
      for (const file of samples) await openMailFile(file, pool);
      // The whole corpus opened as one mailbox (a folder of files, Maildirs and mboxes), and a few of its
      // messages shown again by seeking to them.
      const session = await MailboxSession.open(
        CORPUS,
        1,
        () => pool,
        () => undefined,
      );
      await session.finished;
      mailboxMessages = session.currentProgress().messages;
      for (const id of [0, 1, 500, 1500, mailboxMessages - 1]) await session.openMessage(id);
    } finally {
      await pool.close();
    }
    expect(mailboxMessages).toBeGreaterThan(3000);

    const after = hashAll(files);
    const changed = files.filter((file) => before.get(file) !== after.get(file));
    console.log(
      `read-only: ${files.length} corpus files hashed before and after; ${scanned} mail files scanned with JSON export, ` +
        `${samples.length} previewed, reported (HTML and JSON; over the mail refused) and opened the app's way, ` +
        `the corpus opened as a mailbox ` +
        `(${mailboxMessages} messages); changed: ${changed.length}`,
    );
    expect(changed).toEqual([]);
  });

  it('tells read-only opens from writing ones (the check itself)', () => {
    const check = (code: string) => writingCalls('probe.ts', code);
    expect(check(`open(p, 'r'); open(p, constants.O_RDONLY | constants.O_NONBLOCK);`)).toEqual([]);
    expect(check(`const F = constants.O_RDONLY | (constants.O_NONBLOCK ?? 0); open(p, F);`)).toEqual([]);
    expect(check(`open(p, 'r+')`)).toHaveLength(1);
    expect(check(`open(p)`)).toHaveLength(1);
    expect(check(`open(p, constants.O_RDWR)`)).toHaveLength(1);
    expect(check(`const F = constants.O_RDONLY | constants.O_TRUNC; open(p, F);`)).toHaveLength(1);
    expect(check(`open(p, 1)`)).toHaveLength(1);
    expect(check(`writeFile(p, 'x'); handle.write(b);`)).toEqual(['writeFile()', 'write()']);
  });

  it('finds no writing file-system call in the engine (readers, engine, shared)', () => {
    const sources = (folder: string): string[] =>
      readdirSync(folder, { withFileTypes: true }).flatMap((entry) =>
        entry.isDirectory()
          ? sources(join(folder, entry.name))
          : entry.name.endsWith('.ts')
            ? [join(folder, entry.name)]
            : [],
      );
    const files = ['electron/readers', 'electron/engine', 'shared'].flatMap((folder) => sources(join(REPO, folder)));
    const offences = files.flatMap((file) => writingCalls(file).map((call) => `${relative(REPO, file)}: ${call}`));
    console.log(`read-only: ${files.length} engine source files checked for writing calls: ${offences.length}`);
    expect(offences).toEqual([]);
  });
});

// Promise 2, the user's files are only read: every corpus file is hashed before and after a full scan
// (the CLI, with its JSON export), previews and the app's open path; and the engine's code calls no API
// that writes, renames or deletes files.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import { openMailFile } from '../../electron/engine/mail-service';
import { CORPUS, listFiles } from '../helpers/corpus';
import { BUILT_CLI, createPool, REPO } from '../helpers/pool';

const out = mkdtempSync(join(tmpdir(), 'maillens-readonly-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

const hashAll = (files: readonly string[]) =>
  new Map(files.map((file) => [file, createHash('sha256').update(readFileSync(file)).digest('hex')]));

/** File-system calls that change something. `open` counts unless its flag is the read-only 'r'. */
const WRITING_CALLS =
  /^(writeFile|appendFile|createWriteStream|unlink|rm|rmdir|rename|truncate|ftruncate|copyFile|cp|chmod|chown|utimes|lutimes|symlink|link|mkdir|mkdtemp|write|writev)(Sync)?$/;

function writingCalls(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
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
        const flag = node.arguments[1];
        if (!flag || !ts.isStringLiteral(flag) || flag.text !== 'r') found.push(`${name}() without the 'r' flag`);
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
    }
    const pool = createPool();
    try {
      for (const file of samples) await openMailFile(file, pool);
    } finally {
      await pool.close();
    }

    const after = hashAll(files);
    const changed = files.filter((file) => before.get(file) !== after.get(file));
    console.log(
      `read-only: ${files.length} corpus files hashed before and after; ${scanned} mail files scanned with JSON export, ` +
        `${samples.length} previewed and opened the app's way; changed: ${changed.length}`,
    );
    expect(changed).toEqual([]);
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

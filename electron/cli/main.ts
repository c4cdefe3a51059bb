// `maillens`: the command-line face of the engine.
//   maillens scan <files or folders...> [--json] [--address you@example.org ...]
//   maillens preview <file> --out page.html [--message N]
//   maillens diff <A> <B> [--json] [--message N]
// Exit codes: 0 every file read, 1 some file could not be read, 2 usage error.

import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import type { FileReport } from '../../shared/model/report';
import { CompareError, compareMailFiles } from '../engine/compare-files';
import { isPreview, messageBytes } from '../engine/scan-file';
import { scanFiles } from '../engine/scan-files';
import { WorkerPool } from '../engine/worker-pool';
import { collectFiles, MAIL_EXTENSIONS } from './collect-files';
import { diffJsonDocument } from './diff-document';
import { formatDiff } from './format-diff';
import { formatTable } from './format-table';
import { jsonDocument } from './json-document';

const USAGE = `Usage:
  maillens scan <files or folders...> [--json] [--address you@example.org ...]
      Lists, per mail, every URL a mail client would fetch, who runs it, how sure that is and what
      it would reveal, plus tracked links, read-receipt requests and the sending platform. Folders
      are searched for .eml, .msg, .oft, .mbox and .mbx files. --json prints one JSON document
      (see README). --address adds your own address to those searched for in URLs.
  maillens preview <file> --out <page.html> [--message N]
      Writes the neutralised preview of the mail (message N of an mbox, default 1): every
      remote reference replaced by an inert, marked placeholder; no script, no remote URL.
  maillens diff <A> <B> [--json] [--message N]
      Compares two recipients' copies of one mail: URL tokens that differ between them are
      per-recipient ids (proof that the URL identifies its reader); tokens the same in both are
      not. --message N picks message N of an mbox (default 1). --json prints one JSON document.

Exit codes: 0 every file was read, 1 some file could not be read, 2 usage error.
MailLens never connects to the network and never changes the files it reads.`;

class UsageError extends Error {}

async function scan(paths: string[], json: boolean, addresses: readonly string[]): Promise<number> {
  if (paths.length === 0) throw new UsageError('scan needs at least one file or folder');
  for (const address of addresses) {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address))
      throw new UsageError(`--address "${address}" is not an e-mail address`);
  }
  const files = await collectFiles(paths);
  const pool = new WorkerPool();
  const progress = process.stderr.isTTY && !json;
  let reports: FileReport[];
  try {
    reports = await scanFiles(files, pool, {
      extraAddresses: addresses,
      onFileDone: (_report, done) => {
        if (progress) process.stderr.write(`\rread ${done}/${files.length}`);
      },
    });
  } finally {
    await pool.close();
    if (progress) process.stderr.write('\r\x1b[K');
  }
  process.stdout.write(json ? `${JSON.stringify(jsonDocument(reports), null, 2)}\n` : `${formatTable(reports)}\n`);
  return reports.some((report) => report.error) ? 1 : 0;
}

async function preview(paths: string[], out: string | undefined, messageOption: string | undefined): Promise<number> {
  if (paths.length !== 1) throw new UsageError('preview takes exactly one file');
  if (!out) throw new UsageError('preview needs --out <page.html>');
  const index = messageOption === undefined ? 1 : Number(messageOption);
  if (!Number.isInteger(index) || index < 1) throw new UsageError('--message takes a whole number from 1');
  const input = resolve(paths[0]!);
  const target = resolve(out);
  // The user's mail is only ever read: refuse an output path that is the input or another mail file.
  if (target === input || MAIL_EXTENSIONS.test(target)) {
    throw new UsageError('--out must be a new .html file, not a mail file');
  }
  const pool = new WorkerPool({ size: 1 });
  try {
    const { bytes, format } = await messageBytes(input, index);
    const result = await pool.run({ kind: 'preview', bytes, format });
    if (!isPreview(result)) throw new Error('unexpected result from the reader');
    await writeFile(target, result.html, 'utf8');
    process.stderr.write(`wrote ${out}: ${result.part}, ${result.referenceCount} remote references neutralised\n`);
    return 0;
  } catch (error) {
    process.stderr.write(`maillens: ${paths[0]}: ${(error as Error).message}\n`);
    return 1;
  } finally {
    await pool.close();
  }
}

async function diff(paths: string[], json: boolean, messageOption: string | undefined): Promise<number> {
  if (paths.length !== 2) throw new UsageError('diff takes exactly two files: the two copies to compare');
  const index = messageOption === undefined ? 1 : Number(messageOption);
  if (!Number.isInteger(index) || index < 1) throw new UsageError('--message takes a whole number from 1');
  const pool = new WorkerPool({ size: 2 });
  try {
    const result = await compareMailFiles(paths[0]!, paths[1]!, pool, { messageA: index, messageB: index });
    process.stdout.write(json ? `${JSON.stringify(diffJsonDocument(result), null, 2)}\n` : `${formatDiff(result)}\n`);
    return 0;
  } catch (error) {
    const file = error instanceof CompareError ? '' : `${paths.join(', ')}: `;
    process.stderr.write(`maillens: ${file}${(error as Error).message}\n`);
    return 1;
  } finally {
    await pool.close();
  }
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        out: { type: 'string', short: 'o' },
        message: { type: 'string' },
        address: { type: 'string', multiple: true },
        help: { type: 'boolean', short: 'h' },
      },
    });
    const [command, ...rest] = positionals;
    if (values.help || command === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    if (command === 'scan') return await scan(rest, values.json ?? false, values.address ?? []);
    if (command === 'preview') return await preview(rest, values.out, values.message);
    if (command === 'diff') return await diff(rest, values.json ?? false, values.message);
    throw new UsageError(command ? `unknown command "${command}"` : 'no command given');
  } catch (error) {
    const usage = error instanceof UsageError || (error as NodeJS.ErrnoException).code?.startsWith('ERR_PARSE_ARGS');
    process.stderr.write(`maillens: ${(error as Error).message}\n`);
    if (usage) {
      process.stderr.write(`\n${USAGE}\n`);
      return 2;
    }
    return 1;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}

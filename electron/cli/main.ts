// `maillens`: the command-line face of the engine.
//   maillens scan <files or folders...> [--json | --jsonl | --csv] [--by-sender] [--address you@example.org ...]
//   maillens preview <file> --out page.html [--message N]
//   maillens diff <A> <B> [--json] [--message N]
//   maillens report <file> --out <report.html|report.pdf|report.json> [--message N]
// Exit codes: 0 every file read, 1 some file could not be read, 2 usage error.

import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { CompareError, compareMailFiles } from '../engine/compare-files';
import { isPreview, messageBytes } from '../engine/scan-file';
import { useSmallNursery } from '../engine/small-nursery';
import { WorkerPool } from '../engine/worker-pool';
import { collectFiles, MAIL_EXTENSIONS } from './collect-files';
import { diffJsonDocument } from './diff-document';
import { formatDiff } from './format-diff';
import { SenderOverview } from './by-sender';
import { CsvWriter } from './csv-writer';
import { TableWriter } from './format-table';
import { JsonDocumentWriter } from './json-document';
import { JsonLinesWriter } from './jsonl-writer';
import { Output } from './output';
import { reportCommand } from './report-command';
import { scanToSink, type ScanSink } from './scan-stream';

const USAGE = `Usage:
  maillens scan <files or folders...> [--json | --jsonl | --csv] [--by-sender] [--address you@example.org ...]
      Lists, per mail, every URL a mail client would fetch, who runs it, how sure that is and what
      it would reveal, plus tracked links, read-receipt requests and the sending platform. Folders
      are searched for .eml, .msg, .oft, .mbox and .mbx files. Output is written as messages are
      read, in input order. --json prints one JSON document (see README); --jsonl one JSON line
      per message and one per file (for batch jobs); --csv one row per message. --by-sender sums
      up per sender domain instead (a table, or --json / --csv). --address adds your own address
      to those searched for in URLs.
  maillens preview <file> --out <page.html> [--message N]
      Writes the neutralised preview of the mail (message N of an mbox, default 1): every
      remote reference replaced by an inert, marked placeholder; no script, no remote URL.
  maillens diff <A> <B> [--json] [--message N]
      Compares two recipients' copies of one mail: URL tokens that differ between them are
      per-recipient ids (proof that the URL identifies its reader); tokens the same in both are
      not. --message N picks message N of an mbox (default 1). --json prints one JSON document.
  maillens report <file> --out <report.html|report.pdf|report.json> [--message N]
      Writes an evidence report of the mail (message N of an mbox, default 1): file and message
      SHA-256, headers as written, authentication and relays, the neutralised preview with
      numbered markers, every tracker (company, country, how recognised, how sure, what it would
      learn, whether it identifies you), links, read receipts and the sending platform. One
      self-contained HTML file that loads nothing, the same as JSON, or a PDF (needs Chromium).

Exit codes: 0 every file was read, 1 some file could not be read, 2 usage error.
MailLens never connects to the network and never changes the files it reads.`;

class UsageError extends Error {}

type ScanMode = 'table' | 'json' | 'jsonl' | 'csv';

interface ScanFlags {
  readonly json: boolean;
  readonly jsonl: boolean;
  readonly csv: boolean;
  readonly bySender: boolean;
}

function scanMode({ json, jsonl, csv, bySender }: ScanFlags): ScanMode {
  const chosen = [json && '--json', jsonl && '--jsonl', csv && '--csv'].filter(Boolean);
  if (chosen.length > 1) throw new UsageError(`choose one of ${chosen.join(', ')}`);
  if (jsonl && bySender) throw new UsageError('--by-sender prints a table, --json or --csv, not --jsonl');
  return json ? 'json' : jsonl ? 'jsonl' : csv ? 'csv' : 'table';
}

/** Counts files done on stderr, when a person watches it and the output goes elsewhere. */
function withProgress(sink: ScanSink, total: number): ScanSink {
  if (!process.stderr.isTTY || process.stdout.isTTY) return sink;
  let done = 0;
  return {
    begin: (file) => sink.begin(file),
    message: (file, message) => sink.message(file, message),
    end: async (file) => {
      await sink.end(file);
      process.stderr.write(`\rread ${++done}/${total}`);
      if (done === total) process.stderr.write('\r\x1b[K');
    },
  };
}

async function scan(paths: string[], flags: ScanFlags, addresses: readonly string[]): Promise<number> {
  if (paths.length === 0) throw new UsageError('scan needs at least one file or folder');
  const mode = scanMode(flags);
  for (const address of addresses) {
    if (!/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(address))
      throw new UsageError(`--address "${address}" is not an e-mail address`);
  }
  const files = await collectFiles(paths);
  const out = new Output(process.stdout);
  let failed = false;
  const writer = flags.bySender
    ? new SenderOverview()
    : mode === 'json'
      ? new JsonDocumentWriter(out)
      : mode === 'jsonl'
        ? new JsonLinesWriter(out)
        : mode === 'csv'
          ? new CsvWriter(out)
          : new TableWriter(out);
  const sink: ScanSink = {
    begin: (file) => writer.begin(file),
    message: (file, message) => writer.message(file, message),
    end: (file) => {
      if (file.error) failed = true;
      return writer.end(file);
    },
  };
  const pool = new WorkerPool();
  try {
    if (!(writer instanceof SenderOverview)) await writer.start();
    await scanToSink(files, pool, withProgress(sink, files.length), { extraAddresses: addresses });
  } finally {
    await pool.close();
  }
  if (writer instanceof SenderOverview) {
    await writer.print(out, mode === 'jsonl' ? 'table' : mode);
    if (mode === 'csv') {
      for (const item of writer.unreadable)
        process.stderr.write(`maillens: ${item.file}${item.index ? ` message ${item.index}` : ''}: ${item.error}\n`);
    }
  } else {
    await writer.finish();
  }
  return failed ? 1 : 0;
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
  useSmallNursery();
  try {
    const { values, positionals } = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        json: { type: 'boolean' },
        jsonl: { type: 'boolean' },
        csv: { type: 'boolean' },
        'by-sender': { type: 'boolean' },
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
    if (command === 'scan') {
      const flags = {
        json: values.json ?? false,
        jsonl: values.jsonl ?? false,
        csv: values.csv ?? false,
        bySender: values['by-sender'] ?? false,
      };
      return await scan(rest, flags, values.address ?? []);
    }
    if (command === 'preview') return await preview(rest, values.out, values.message);
    if (command === 'diff') return await diff(rest, values.json ?? false, values.message);
    if (command === 'report') return await reportCommand(rest, values.out, values.message);
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

// `maillens report <file> --out <report.html|report.pdf|report.json> [--message N]`: the evidence
// report of one message (shared/report/). The mail is only read: its file (and the message's bytes) are
// hashed, the worker pool's 'view' job gives the analysis and the preview from one parse, and the output
// is written atomically beside its final name, never over the mail itself.

import { execFile } from 'node:child_process';
import { createHash, randomBytes } from 'node:crypto';
import { existsSync, readFileSync, type Stats } from 'node:fs';
import { mkdtemp, open, realpath, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, extname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

import type { EvidenceReport } from '../../shared/report/evidence-report';
import { renderEvidenceHtml } from '../../shared/report/report-with-rights';
import { CHROMIUM_QUIET_FLAGS } from './chromium-flags';
import { evidenceOf, sha256Of, type Evidence } from '../engine/evidence';
import { describeError, readFileReadOnly, readHead } from '../engine/read-only-file';
import { WorkerPool } from '../engine/worker-pool';
import { checkSize, LIMITS } from '../readers/limits';
import { readMboxMessages } from '../readers/mbox-reader';
import { detectFormat, type MessageFormat } from '../readers/read-mail';

export const REPORT_USAGE = 'maillens report <file> --out <report.html|report.pdf|report.json> [--message N]';

type OutputKind = 'html' | 'pdf' | 'json';

/** A problem with what was asked (exit code 2), not with the mail. */
class ReportUsageError extends Error {}

/** Chromium for printing: its own network services off, and no host resolution at all (the report loads nothing anyway). */
const CHROMIUM_FLAGS = [
  '--headless',
  ...CHROMIUM_QUIET_FLAGS,
  '--host-resolver-rules=MAP * ~NOTFOUND',
  '--proxy-server=http://127.0.0.1:9',
  '--no-pdf-header-footer',
];
const PRINT_TIMEOUT_MS = 120_000;

function outputKind(out: string): OutputKind {
  const extension = extname(out).toLowerCase();
  if (extension === '.html' || extension === '.htm') return 'html';
  if (extension === '.pdf') return 'pdf';
  if (extension === '.json') return 'json';
  throw new ReportUsageError('--out must end in .html, .pdf or .json');
}

export function findChromium(): string | null {
  const candidate = process.env.MAILLENS_CHROMIUM || '/usr/bin/chromium';
  return existsSync(candidate) ? candidate : null;
}

/** Does `out` name the input file itself: the same path once links are resolved, or the same inode? */
async function isSameFile(input: string, out: string): Promise<boolean> {
  const inputReal = await realpath(input);
  const inputInfo = await stat(inputReal);
  const outInfo = await stat(out).catch(() => null);
  if (outInfo && outInfo.dev === inputInfo.dev && outInfo.ino === inputInfo.ino) return true;
  const folder = await realpath(dirname(out)).catch(() => null);
  if (!folder) return false;
  const target = outInfo ? await realpath(out) : join(folder, basename(out));
  return target === inputReal;
}

interface MessageBytes {
  readonly bytes: Buffer;
  readonly format: MessageFormat;
  readonly fileSha256: string;
}

/** The file's hash and message `index`'s bytes; an mbox is streamed once, hashed as it is split. */
async function readMessage(path: string, size: number, index: number): Promise<MessageBytes & { mbox: boolean }> {
  const format = detectFormat(await readHead(path), basename(path));
  if (format !== 'mbox') {
    if (index !== 1) throw new ReportUsageError(`${basename(path)} holds one message, not ${index}`);
    checkSize(size, LIMITS.maxMessageBytes, 'the file');
    const bytes = await readFileReadOnly(path);
    return { bytes, format, fileSha256: sha256Of(bytes), mbox: false };
  }
  checkSize(size, LIMITS.maxMboxBytes, 'the mbox file');
  const hash = createHash('sha256');
  let count = 0;
  let found: Buffer | null = null;
  let error: string | undefined;
  for await (const message of readMboxMessages(path, (chunk) => hash.update(chunk))) {
    count = message.index;
    if (message.index !== index) continue;
    if (message.error) error = message.error;
    else found = message.bytes;
  }
  if (error) throw new Error(`message ${index}: ${error}`);
  if (!found) throw new Error(`the mbox holds ${count} messages; there is no message ${index}`);
  return { bytes: found, format: 'eml', fileSha256: hash.digest('hex'), mbox: true };
}

function mailLensVersion(): string {
  // dist/node/cli.js and electron/cli/report-command.ts both sit two folders below package.json.
  try {
    return (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string })
      .version;
  } catch {
    return 'unknown';
  }
}

/** Writes beside the final name first, then renames: a failure never leaves half a file under `out`. */
async function writeAtomically(out: string, write: (temporary: string) => Promise<void>): Promise<void> {
  const temporary = join(dirname(out), `.${basename(out)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await write(temporary);
    const handle = await open(temporary, 'r+');
    await handle.sync();
    await handle.close();
    await rename(temporary, out);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
}

function runChromium(chromium: string, args: readonly string[]): Promise<void> {
  return new Promise((resolvePromise, reject) => {
    execFile(chromium, [...args], { timeout: PRINT_TIMEOUT_MS }, (error, _stdout, stderr) => {
      if (error)
        reject(new Error(`Chromium could not print the report: ${error.message}\n${String(stderr).slice(-2000)}`));
      else resolvePromise();
    });
  });
}

async function printPdf(chromium: string, html: string, temporary: string): Promise<void> {
  const folder = await mkdtemp(join(tmpdir(), 'maillens-report-'));
  try {
    const page = join(folder, 'report.html');
    await writeFile(page, html, 'utf8');
    const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
    await runChromium(chromium, [
      ...CHROMIUM_FLAGS,
      ...(isRoot ? ['--no-sandbox'] : []),
      `--user-data-dir=${join(folder, 'profile')}`,
      `--print-to-pdf=${temporary}`,
      pathToFileURL(page).href,
    ]);
    const head = await readHead(temporary, 5).catch(() => Buffer.alloc(0));
    if (head.toString('latin1') !== '%PDF-') throw new Error('Chromium did not write a PDF');
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

/** The file's stat, or a plain reason why it cannot be read as a mail file. */
async function regularFile(path: string): Promise<Stats> {
  let info: Stats;
  try {
    info = await stat(path);
  } catch (error) {
    throw new Error(describeError(error), { cause: error });
  }
  if (!info.isFile()) throw new Error('not a regular file');
  return info;
}

/**
 * The evidence report of message `index` of a mail file (read-only): the file hashed (an mbox streamed),
 * the message's bytes hashed, analysis and preview from one 'view' job of a one-worker pool.
 */
export async function evidenceForFile(
  path: string,
  index: number,
  analysedAt: Date,
  /** A pool to run the job on (tests share one); by default a one-worker pool of its own. */
  shared?: WorkerPool,
): Promise<Evidence> {
  const input = resolve(path);
  const info = await regularFile(input);
  const message = await readMessage(input, info.size, index);
  const pool = shared ?? new WorkerPool({ size: 1 });
  try {
    const file = {
      name: basename(input),
      size: info.size,
      format: message.mbox ? ('mbox' as const) : message.format,
      sha256: message.fileSha256,
    };
    return await evidenceOf(
      { bytes: message.bytes, format: message.format, index, file },
      pool,
      mailLensVersion(),
      analysedAt,
    );
  } finally {
    if (!shared) await pool.close();
  }
}

/** The evidence report alone (see evidenceForFile). */
export async function evidenceReportForFile(
  path: string,
  index: number,
  analysedAt: Date,
  shared?: WorkerPool,
): Promise<EvidenceReport> {
  return (await evidenceForFile(path, index, analysedAt, shared)).evidence;
}

async function report(path: string, out: string, index: number): Promise<void> {
  const kind = outputKind(out);
  const chromium = kind === 'pdf' ? findChromium() : null;
  if (kind === 'pdf' && !chromium) {
    throw new ReportUsageError(
      'a PDF needs Chromium, which was not found (set MAILLENS_CHROMIUM to its path, or install it: ' +
        '"sudo apt-get install chromium" on Debian). Or write the report as .html and print it to PDF from a browser.',
    );
  }
  const input = resolve(path);
  const target = resolve(out);
  await regularFile(input);
  // The user's mail is only ever read: refuse an output that is the input, by any path or link.
  if (await isSameFile(input, target)) {
    throw new ReportUsageError(`--out ${out} is the mail file itself; MailLens never writes over the mail it reads`);
  }
  if ((await stat(target).catch(() => null))?.isDirectory()) throw new ReportUsageError(`--out ${out} is a folder`);
  const { evidence, report: analysed } = await evidenceForFile(input, index, new Date());
  const html = () => renderEvidenceHtml(evidence, analysed);
  if (kind === 'json') {
    await writeAtomically(target, (temporary) =>
      writeFile(temporary, `${JSON.stringify(evidence, null, 2)}\n`, { flag: 'wx' }),
    );
  } else if (kind === 'html') {
    await writeAtomically(target, (temporary) => writeFile(temporary, html(), { flag: 'wx' }));
  } else {
    await writeAtomically(target, (temporary) => printPdf(chromium!, html(), temporary));
  }
  const trackers = evidence.findings.filter((finding) => finding.runner?.role === 'tracker').length;
  process.stderr.write(
    `wrote ${out}: ${evidence.findings.length} remote references (${trackers} by known trackers), ${evidence.links.length} links\n`,
  );
}

/** Runs the command; returns the exit code (0 written, 1 the mail could not be read or written, 2 usage). */
export async function reportCommand(
  paths: readonly string[],
  out: string | undefined,
  messageOption: string | undefined,
): Promise<number> {
  try {
    if (paths.length !== 1) throw new ReportUsageError('report takes exactly one file');
    if (!out) throw new ReportUsageError('report needs --out <report.html|report.pdf|report.json>');
    const index = messageOption === undefined ? 1 : Number(messageOption);
    if (!Number.isInteger(index) || index < 1) throw new ReportUsageError('--message takes a whole number from 1');
    await report(paths[0]!, out, index);
    return 0;
  } catch (error) {
    if (error instanceof ReportUsageError) {
      process.stderr.write(`maillens: ${error.message}\nUsage: ${REPORT_USAGE}\n`);
      return 2;
    }
    process.stderr.write(`maillens: ${paths[0]}: ${(error as Error).message}\n`);
    return 1;
  }
}

// The whole corpus through the same path as the CLI (read-only file access, worker pool), then every
// message's preview through the same pool: nothing may crash or hang, every unreadable file gets a
// one-line error, and no preview may keep anything that could reach the network.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';

import { messageBytes } from '../../electron/engine/scan-file';
import { scanFiles } from '../../electron/engine/scan-files';
import type { PreviewResult } from '../../electron/engine/jobs';
import type { FileReport } from '../../shared/model/report';
import { CORPUS, corpusFiles } from '../helpers/corpus';
import { fieldsByMsgreader } from '../helpers/msgreader';
import { createPool } from '../helpers/pool';
import { remoteLeftovers } from '../helpers/remote-check';

const pool = createPool();
afterAll(() => pool.close());

const files = corpusFiles();
let reports: FileReport[] = [];

/** Independent of our reader: msgreader itself cannot open this OLE file. */
function msgreaderFails(path: string): boolean {
  const bytes = readFileSync(path);
  try {
    const fields = fieldsByMsgreader(bytes);
    return Boolean(fields.error) || fields.dataType !== 'msg';
  } catch {
    return true;
  }
}

/**
 * Independent of our reader: Python's email parser finds no header field in the file, or the file holds
 * nothing but blank space. (Python is stricter than we are on obsolete syntax such as `From    :` and on
 * a leading byte-order mark, which we read as mail; it never accepts a file we call "not a mail".)
 */
function notMailForPython(path: string): boolean {
  if (readFileSync(path, 'latin1').trim() === '') return true;
  const script = 'import email,sys; print(len(email.message_from_bytes(open(sys.argv[1],"rb").read()).keys()))';
  return Number(execFileSync('python3', ['-c', script, path], { encoding: 'utf8' }).trim()) === 0;
}

describe('the whole corpus', () => {
  it('is scanned without a crash or a hang; unreadable files get one-line errors', async () => {
    reports = await scanFiles(files, pool);
    expect(reports).toHaveLength(files.length);
    const failed = reports.filter((report) => report.error);
    for (const report of failed) {
      expect(report.error).not.toMatch(/\n/);
      expect(report.error!.length).toBeLessThan(300);
    }
    const messages = reports.flatMap((report) => report.messages);
    console.log(
      `corpus: ${files.length} files, ${messages.length} messages, ${failed.length} files with errors, ` +
        `${messages.filter((message) => message.references.length).length} messages with remote references`,
    );
    for (const report of failed) console.log(`  ${report.file.slice(CORPUS.length + 1)}: ${report.error}`);
    // Every failure is an Outlook file that msgreader itself cannot open (or one that is not OLE at all),
    // or a file that is not a mail (a README, a licence, a batch-SMTP script, blank space).
    for (const report of failed) {
      if (report.format === 'msg') expect(msgreaderFails(report.file), report.file).toBe(true);
      else {
        expect(report.format, report.file).toBe('eml');
        expect(report.error, report.file).toMatch(/^not a mail file: /);
        expect(notMailForPython(report.file), report.file).toBe(true);
      }
    }
    const notMail = failed.filter((report) => report.format === 'eml').length;
    console.log(`  of those, ${notMail} are not mail at all (Python's email parser agrees)`);
  });

  it('yields previews that hold no remote URL, script or handler, for every message', async () => {
    const jobs = reports.flatMap((report) =>
      report.messages
        .filter((message) => !message.error)
        .map((message) => ({ file: report.file, index: message.index })),
    );
    let checked = 0;
    const problems: string[] = [];
    await Promise.all(
      jobs.map(async ({ file, index }) => {
        const { bytes, format } = await messageBytes(file, index);
        const preview = (await pool.run({ kind: 'preview', bytes, format })) as PreviewResult;
        checked += 1;
        for (const leftover of remoteLeftovers(preview.html)) problems.push(`${file} #${index}: ${leftover}`);
      }),
    );
    console.log(`previews checked: ${checked}`);
    expect(problems.slice(0, 20)).toEqual([]);
    expect(checked).toBe(jobs.length);
  });
});

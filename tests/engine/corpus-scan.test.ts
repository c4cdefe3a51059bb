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

  it('gives verdicts whose level and counts agree with the findings, for every message', () => {
    const identifies = (identification: string | null) =>
      identification === 'address' || identification === 'recipient-id';
    let checked = 0;
    const levels = new Map<string, number>();
    for (const report of reports) {
      for (const message of report.messages) {
        if (message.error || !message.verdict) continue;
        checked += 1;
        const where = `${report.file} #${message.index}`;
        const { verdict, references } = message;
        const opened = references.filter((finding) => finding.trigger === 'open');
        const trackers = opened.filter((finding) => finding.certainty === 'named' || finding.certainty === 'likely');
        expect(verdict.trackers, where).toBe(trackers.length);
        expect(verdict.identifiesYou, where).toBe(trackers.filter((finding) => identifies(finding.identifies)).length);
        expect(verdict.possibleTrackers, where).toBe(
          opened.filter((finding) => finding.certainty === 'possible').length,
        );
        const clickIds = references.filter((finding) => finding.trigger === 'action' && identifies(finding.identifies));
        expect(verdict.linksIdentifyYou, where).toBe(clickIds.length);
        // Red exactly when something fetched on opening says "identifies you" (or probably does).
        const openIds = trackers.some((finding) => finding.identifies !== null);
        expect(verdict.level === 'identifies', where).toBe(openIds);
        // Green only when nothing is fetched on opening and nothing is tracked.
        if (verdict.level === 'clean') {
          expect(opened, where).toEqual([]);
          expect(clickIds, where).toEqual([]);
          expect(verdict.trackedLinks + Number(verdict.readReceipt), where).toBe(0);
        }
        if (clickIds.length || trackers.length) expect(['identifies', 'tracks'], where).toContain(verdict.level);
        expect(verdict.summary.includes('no tracker found'), where).toBe(trackers.length === 0);
        levels.set(verdict.level, (levels.get(verdict.level) ?? 0) + 1);
      }
    }
    console.log(`verdicts checked: ${checked}; by level: ${JSON.stringify(Object.fromEntries(levels))}`);
    expect(checked).toBeGreaterThan(3000);
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

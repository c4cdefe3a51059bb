// `maillens report`: the same input gives the same bytes except the analysis-time line (HTML and JSON);
// the PDF holds, as text, the file's SHA-256, every tracker's name and every "identifies you"; the mail
// file is never written over, by any path to it.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  copyFileSync,
  existsSync,
  linkSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  symlinkSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

import type { EvidenceReport } from '../../shared/report/evidence-report';
import { tableVersionOf, trackerTableVersion } from '../../shared/trackers/table-version';
import { TRACKER_SERVICES } from '../../shared/trackers/tracker-table';
import { CORPUS, corpusFiles } from '../helpers/corpus';
import { BUILT_CLI } from '../helpers/pool';
import { VECTOR_FIXTURES } from '../helpers/vector-fixtures';

const work = mkdtempSync(join(tmpdir(), 'maillens-report-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

function maillens(args: readonly string[], cwd?: string) {
  const run = spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8', cwd });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const flat = (text: string) => text.replace(/\s+/g, ' ');

/** A corpus newsletter with trackers, at least one identifying the reader (the first found). */
function newsletterWithTrackers(): { file: string; report: EvidenceReport } {
  for (const file of corpusFiles('eml/unspy-newsletters').filter((path) => path.endsWith('.eml'))) {
    const out = join(work, 'probe.json');
    if (maillens(['report', file, '--out', out]).code !== 0) continue;
    const report = JSON.parse(readFileSync(out, 'utf8')) as EvidenceReport;
    const trackers = report.findings.filter((finding) => finding.runner?.role === 'tracker');
    if (trackers.length >= 2 && report.findings.some((finding) => finding.identifies)) return { file, report };
  }
  throw new Error('no newsletter with trackers in the corpus');
}

const newsletter = newsletterWithTrackers();

describe('maillens report', () => {
  it('gives identical bytes for the same input except the analysis-time line (HTML and JSON, also an mbox message)', async () => {
    const mbox = corpusFiles('mbox').find(
      (path) =>
        /\.mbox$/i.test(path) && maillens(['report', path, '--out', join(work, 'm.json'), '--message', '2']).code === 0,
    );
    expect(mbox, 'an mbox with two messages').toBeDefined();
    const cases: [string, string[]][] = [
      ['newsletter', [newsletter.file]],
      ['fixture', [join(VECTOR_FIXTURES, '001-img-src.eml')]],
      ['mbox', [mbox!, '--message', '2']],
    ];
    for (const [name, input] of cases) {
      for (const extension of ['html', 'json']) {
        const outputs = [1, 2].map((run) => {
          const out = join(work, `${name}-${run}.${extension}`);
          const result = maillens(['report', ...input, '--out', out]);
          expect(result.code, result.stderr).toBe(0);
          return readFileSync(out, 'utf8');
        });
        if (extension === 'json') {
          const [a, b] = outputs.map((text) => JSON.parse(text) as EvidenceReport);
          expect(a!.analysedAt).toMatchObject({ utc: expect.stringMatching(/Z$/) });
          const withoutTime = ({ analysedAt: _time, ...rest }: EvidenceReport) => rest;
          expect(JSON.stringify(withoutTime(a!))).toBe(JSON.stringify(withoutTime(b!)));
        } else {
          const [a, b] = outputs.map((text) => text.split('\n'));
          expect(a!.length).toBe(b!.length);
          const differing = a!.flatMap((line, i) => (line === b![i] ? [] : [i]));
          expect(differing.length).toBeLessThanOrEqual(1);
          // The one line allowed to differ is the analysis time, local and UTC on one line.
          const timeLine = a!.findIndex((line) => line.includes('Analysed:'));
          expect(a![timeLine]).toMatch(
            /Analysed: \d{4}-\d\d-\d\d \d\d:\d\d:\d\d [+-]\d\d:\d\d \(local time\) · \d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ \(UTC\)/,
          );
          for (const i of differing) expect(i).toBe(timeLine);
          expect(Buffer.byteLength(outputs[0]!)).toBeGreaterThan(1000);
        }
      }
    }
    const mboxReport = JSON.parse(readFileSync(join(work, 'mbox-1.json'), 'utf8')) as EvidenceReport;
    expect(mboxReport.file.sha256).toBe(sha256(mbox!));
    expect(mboxReport.message).toMatchObject({ index: 2, withinMbox: true });
    expect(mboxReport.message.sha256).not.toBe(mboxReport.file.sha256);
  });

  it('writes a PDF whose text holds the SHA-256, every tracker and every "identifies you"', () => {
    const out = join(work, 'newsletter.pdf');
    const run = maillens(['report', newsletter.file, '--out', out]);
    expect(run.code, run.stderr).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', out, '-'], { encoding: 'utf8' });
    expect(text.status, text.stderr).toBe(0);
    const pdf = flat(text.stdout);
    expect(pdf).toContain(sha256(newsletter.file));
    const json = join(work, 'newsletter-for-pdf.json');
    maillens(['report', newsletter.file, '--out', json]);
    const report = JSON.parse(readFileSync(json, 'utf8')) as EvidenceReport;
    expect(report.file.sha256).toBe(sha256(newsletter.file));
    const trackers = [
      ...new Set(
        report.findings.flatMap((finding) => (finding.runner?.role === 'tracker' ? [finding.runner.name] : [])),
      ),
    ];
    expect(trackers.length).toBeGreaterThan(0);
    for (const name of trackers) expect(pdf).toContain(flat(name));
    // Links (the a-href findings) are told in the Links section, every other finding in its own entry.
    const entries = [...report.findings.filter((finding) => finding.vector !== 'a-href'), ...report.links];
    const identifying = entries.filter((item) => item.identifies);
    expect(identifying.length).toBeGreaterThan(0);
    const phrases = new Map<string, number>();
    for (const item of identifying) phrases.set(item.identifies!, (phrases.get(item.identifies!) ?? 0) + 1);
    for (const [phrase, count] of phrases)
      expect(pdf.split(flat(phrase)).length - 1, phrase).toBeGreaterThanOrEqual(count);
    console.log(
      `report PDF: ${newsletter.file.slice(CORPUS.length + 1)}: ${trackers.join(', ')}; ${identifying.length} identify you`,
    );
  });

  it('refuses to write over the mail file, by the same path, ./, a symlink or a hard link', () => {
    const mail = join(work, 'saved-mail.html'); // a mail saved under a report's extension
    copyFileSync(join(VECTOR_FIXTURES, '001-img-src.eml'), mail);
    symlinkSync(mail, join(work, 'link.html'));
    linkSync(mail, join(work, 'hard.html'));
    const before = sha256(mail);
    const attempts: [string[], string | undefined][] = [
      [['report', mail, '--out', mail], undefined],
      [['report', 'saved-mail.html', '--out', './saved-mail.html'], work],
      [['report', mail, '--out', join(work, 'link.html')], undefined],
      [['report', join(work, 'link.html'), '--out', mail], undefined],
      [['report', mail, '--out', join(work, 'hard.html')], undefined],
      [['report', mail, '--out', join(work, 'sub', '..', 'saved-mail.html')], undefined],
      [
        ['report', join(VECTOR_FIXTURES, '001-img-src.eml'), '--out', join(VECTOR_FIXTURES, '001-img-src.eml')],
        undefined,
      ],
    ];
    for (const [args, cwd] of attempts) {
      const run = maillens(args, cwd);
      expect(run.code, args.join(' ')).not.toBe(0);
      expect(run.stderr, args.join(' ')).toMatch(/mail file itself|must end in/);
    }
    expect(sha256(mail)).toBe(before);
    expect(readdirSync(work).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    // The same file to a new name works, and leaves the mail as it was.
    const ok = maillens(['report', mail, '--out', join(work, 'fine.html')]);
    expect(ok.code, ok.stderr).toBe(0);
    expect(existsSync(join(work, 'fine.html'))).toBe(true);
    expect(sha256(mail)).toBe(before);
  });

  it('answers usage errors with 2 and an unreadable mail with 1', () => {
    expect(maillens(['report', join(VECTOR_FIXTURES, '001-img-src.eml')]).code).toBe(2);
    expect(maillens(['report', join(VECTOR_FIXTURES, '001-img-src.eml'), '--out', join(work, 'x.txt')]).code).toBe(2);
    expect(
      maillens(['report', join(VECTOR_FIXTURES, '001-img-src.eml'), '--out', join(work, 'x.html'), '--message', '0'])
        .code,
    ).toBe(2);
    expect(maillens(['report', join(work, 'missing.eml'), '--out', join(work, 'x.html')]).code).toBe(1);
    const pdf = spawnSync(
      process.execPath,
      [BUILT_CLI, 'report', join(VECTOR_FIXTURES, '001-img-src.eml'), '--out', join(work, 'x.pdf')],
      {
        encoding: 'utf8',
        env: { ...process.env, MAILLENS_CHROMIUM: join(work, 'no-chromium-here') },
      },
    );
    expect(pdf.status).toBe(2);
    expect(pdf.stderr).toMatch(/Chromium.*\.html/s);
    expect(existsSync(join(work, 'x.pdf'))).toBe(false);
  });
});

describe('trackerTableVersion', () => {
  it('counts the services and hashes the table, the same every time, and changes with the table', () => {
    const version = trackerTableVersion();
    expect(version.services).toBe(TRACKER_SERVICES.length);
    expect(version.label).toBe(`${TRACKER_SERVICES.length} services · ${version.hash}`);
    expect(version.hash).toMatch(/^[0-9a-f]{8}$/);
    expect(tableVersionOf(TRACKER_SERVICES)).toEqual(version);
    expect(tableVersionOf(TRACKER_SERVICES.slice(1)).hash).not.toBe(version.hash);
  });
});

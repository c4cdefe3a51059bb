// Gate: the Electron configuration, checked by @doyensec/electronegativity (Electron's security checklist as
// static checks) on the sources in electron/. Not on the bundles: the tool wants `new BrowserWindow({...})` with
// its webPreferences written literally, which esbuild's output no longer shows as written.
//
// The tool always exits 0 and, when writing a file, prints nothing, so this script runs it with `-o` to a CSV
// file, reads the CSV, and fails (exit 1) on:
//   - any finding that no entry of build/electronegativity-allowlist.json covers. An entry covers a finding of
//     the same check in the same file; a global finding (file N/A) is covered by an entry of its check, whose
//     `file` is then the file that holds the construct the justification is about;
//   - an entry whose `why` is not also written in a comment of its `file` (next to the construct), or that no
//     finding uses any more (a stale entry would silently cover a future finding);
//   - a CSV that is not what the tool writes (see UV_THREADPOOL_SIZE below), a file the tool could not parse
//     (with `-o` it skips such a file without a word), or a non-zero exit.
//
// Flags: `-i electron` (relative to the repository), the default checks (no `-l`), `-e 45.4.1` because
// Electron's binary is not installed here, and `-x availablesecurityfixesglobalcheck`: that check downloads
// Electron's release list from GitHub and asks whether a newer Electron exists, a dependency question for
// another gate, not configuration. Note: the tool also tries, and here fails, to fetch translations from
// electronegativity-i18n.s3.us-west-2.amazonaws.com (with retries: most of its ~9 s run time).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const INPUT = 'electron';
const ELECTRON_VERSION = '45.4.1';
const EXCLUDED_CHECKS = 'availablesecurityfixesglobalcheck';
const ALLOWLIST = join(REPO, 'build', 'electronegativity-allowlist.json');
const NEAR = 3;
const CSV_HEADER = 'issue, severity, confidence, filename, location, sample, description, url';

const require = createRequire(import.meta.url);
const PACKAGE = dirname(require.resolve('@doyensec/electronegativity/package.json'));
const CLI = join(PACKAGE, require('@doyensec/electronegativity/package.json').bin.electronegativity);

const problems = [];

/** RFC 4180 CSV: quoted fields may hold commas, newlines and doubled quotes; CRLF or LF line ends. */
function parseCsv(text) {
  const rows = [];
  let row = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i += 1) {
    const char = text[i];
    if (quoted) {
      if (char === '"' && text[i + 1] === '"') {
        field += '"';
        i += 1;
      } else if (char === '"') quoted = false;
      else field += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(field);
      field = '';
    } else if (char === '\n' || char === '\r') {
      if (char === '\r' && text[i + 1] === '\n') i += 1;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += char;
  }
  if (quoted) throw new Error('unterminated quoted field');
  if (field !== '' || row.length > 0) rows.push([...row, field]);
  return rows;
}

/** A file's full-line comment blocks: their text (whitespace collapsed) and the line each block ends on. */
function commentBlocks(source) {
  const blocks = [];
  let block = [];
  const lines = source.split(/\r?\n/);
  const close = (lastLine) => {
    if (block.length > 0) blocks.push({ text: block.join(' ').replace(/\s+/g, ' ').trim(), lastLine });
    block = [];
  };
  lines.forEach((line, index) => {
    const comment = /^\s*(?:\/\/+|\/\*+|\*+\/?)(.*)$/.exec(line);
    if (comment) block.push(comment[1].replace(/\*\/\s*$/, ''));
    else close(index); // the previous line, 1-based
  });
  close(lines.length);
  return blocks;
}

function readAllowlist() {
  const entries = JSON.parse(readFileSync(ALLOWLIST, 'utf8'));
  if (!Array.isArray(entries)) throw new Error(`${ALLOWLIST}: expected an array`);
  for (const [index, entry] of entries.entries()) {
    const where = `allowlist entry ${index + 1}`;
    for (const key of ['check', 'file', 'why']) {
      if (typeof entry?.[key] !== 'string' || entry[key].trim() === '') problems.push(`${where}: no "${key}"`);
    }
    if (typeof entry?.file !== 'string' || typeof entry?.why !== 'string') continue;
    const path = join(REPO, entry.file);
    if (!existsSync(path)) {
      problems.push(`${where} (${entry.check}): ${entry.file} does not exist`);
      continue;
    }
    const why = entry.why.replace(/\s+/g, ' ').trim();
    entry.commentLines = commentBlocks(readFileSync(path, 'utf8'))
      .filter((block) => block.text.includes(why))
      .map((block) => block.lastLine);
    if (entry.commentLines.length === 0) {
      problems.push(
        `${where} (${entry.check}): its "why" is not in a comment of ${entry.file}; write it next to the construct`,
      );
    }
  }
  return entries;
}

/** What the tool's loader scans, and whether its parser reads each file (it skips unreadable ones silently). */
async function scannedFiles() {
  const { list_files: listFiles } = require('@doyensec/electronegativity/dist/util/file.js');
  const { Parser } = require('@doyensec/electronegativity/dist/parser/parser.js');
  const files = await listFiles(join(REPO, INPUT));
  const parser = new Parser(false, true); // as the tool's runner makes it
  for (const file of files) {
    try {
      parser.parse(file, readFileSync(file));
    } catch (error) {
      problems.push(`electronegativity cannot parse ${file.slice(REPO.length + 1)}: ${error.message}`);
    }
  }
  return files;
}

function runElectronegativity(csv) {
  const run = spawnSync(
    process.execPath,
    [CLI, '-i', INPUT, '-e', ELECTRON_VERSION, '-x', EXCLUDED_CHECKS, '-r', '-o', csv],
    {
      cwd: REPO,
      encoding: 'utf8',
      // The tool writes the CSV header and the rows with two concurrent fs.writeFile calls ('w', then 'a'); on
      // libuv's default 4 threads the header often lands over the start of the rows (3 runs in 15 here) and the
      // first finding is lost. One thread runs the two opens, then the two writes, in order.
      env: { ...process.env, UV_THREADPOOL_SIZE: '1' },
    },
  );
  if (run.status !== 0 || !existsSync(csv)) {
    process.stderr.write(`${run.stdout ?? ''}${run.stderr ?? ''}`);
    throw new Error(`electronegativity failed (exit ${run.status ?? run.signal}) or wrote no CSV`);
  }
  const rows = parseCsv(readFileSync(csv, 'utf8'));
  if (rows[0]?.join(',') !== CSV_HEADER) {
    throw new Error(`unexpected CSV header: ${JSON.stringify(rows[0])}`);
  }
  return rows.slice(1).map((row, index) => {
    const [check, severity, confidence, file, location] = row;
    if (row.length !== 8 || !/^[A-Z0-9_]+_CHECK$/.test(check) || !row[7].endsWith(`/${check}`)) {
      throw new Error(`malformed CSV row ${index + 2}: ${JSON.stringify(row)}`);
    }
    const repoFile = file === 'N/A' ? 'N/A' : `${INPUT}/${file.replaceAll('\\', '/')}`;
    return { check, severity, confidence, file: repoFile, location };
  });
}

const folder = mkdtempSync(join(tmpdir(), 'maillens-electronegativity-'));
try {
  const allowlist = readAllowlist();
  const files = await scannedFiles();
  const findings = runElectronegativity(join(folder, 'findings.csv'));
  const used = new Set();
  const failing = [];
  for (const finding of findings) {
    const entry = allowlist.find(
      (candidate) => candidate.check === finding.check && (finding.file === 'N/A' || candidate.file === finding.file),
    );
    if (entry) used.add(entry);
    else failing.push(finding);
    // "Next to the construct": the justification ends at most NEAR lines above the line the tool reports.
    const line = Number(finding.location.split(':')[0]);
    if (entry && finding.file !== 'N/A' && line > 0 && entry.commentLines?.length > 0) {
      if (!entry.commentLines.some((last) => last < line && last >= line - NEAR)) {
        problems.push(`${finding.check}: the justification in ${finding.file} is not right above line ${line}`);
      }
    }
  }
  for (const entry of allowlist) {
    if (!used.has(entry)) problems.push(`stale allowlist entry: ${entry.check} in ${entry.file} (no such finding)`);
  }

  for (const finding of findings) {
    const mark = failing.includes(finding) ? 'FAIL' : 'allowlisted';
    process.stdout.write(
      `  ${mark.padEnd(11)} ${finding.check} ${finding.file}:${finding.location} (${finding.severity}/${finding.confidence})\n`,
    );
  }
  for (const finding of failing) {
    problems.push(`${finding.check} in ${finding.file} at ${finding.location} is not allowlisted`);
  }
  process.stdout.write(
    `electronegativity ${require('@doyensec/electronegativity/package.json').version} on ${INPUT}/ ` +
      `(Electron ${ELECTRON_VERSION}): ${files.length} files scanned; ${findings.length} findings: ` +
      `${findings.length - failing.length} allowlisted, ${failing.length} failing\n`,
  );
} catch (error) {
  problems.push(error instanceof Error ? error.message : String(error));
} finally {
  rmSync(folder, { recursive: true, force: true });
}

for (const problem of problems) process.stderr.write(`electronegativity gate: ${problem}\n`);
process.exitCode = problems.length === 0 ? 0 : 1;

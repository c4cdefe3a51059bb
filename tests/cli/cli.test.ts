import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

import type { FileReport } from '../../shared/model/report';
import { BUILT_CLI } from '../helpers/pool';
import { VECTOR_FIXTURES } from '../helpers/vector-fixtures';

function maillens(...args: string[]) {
  const run = spawnSync(process.execPath, [BUILT_CLI, ...args], { encoding: 'utf8' });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('maillens CLI', () => {
  it('answers usage errors with exit code 2 and the usage text', () => {
    for (const args of [[], ['frobnicate'], ['scan'], ['preview', 'a.eml'], ['scan', '--bogus', 'x']]) {
      const run = maillens(...args);
      expect(run.code).toBe(2);
      expect(run.stderr).toContain('Usage:');
    }
    expect(maillens('--help').code).toBe(0);
  });

  it('scans a folder to the documented JSON and leaves the files untouched', () => {
    const names = readdirSync(VECTOR_FIXTURES).filter((name) => name.endsWith('.eml'));
    const before = names.map((name) => sha256(join(VECTOR_FIXTURES, name)));
    const run = maillens('scan', VECTOR_FIXTURES, '--json');
    expect(run.code).toBe(0);
    const { files } = JSON.parse(run.stdout) as { files: FileReport[] };
    expect(files).toHaveLength(names.length);
    for (const file of files) {
      expect(file.sha256).toBe(sha256(file.file));
      expect(file.error).toBeUndefined();
      const [message] = file.messages;
      expect(message).toMatchObject({ subject: expect.any(String), from: expect.any(Array), to: expect.any(Array) });
      for (const reference of message!.references) {
        expect(reference).toMatchObject({
          url: expect.any(String),
          vector: expect.any(String),
          trigger: expect.any(String),
        });
      }
    }
    expect(names.map((name) => sha256(join(VECTOR_FIXTURES, name)))).toEqual(before);
  });

  it('reports each unreadable file in one line and exits 1', () => {
    const folder = mkdtempSync(join(tmpdir(), 'maillens-cli-'));
    writeFileSync(join(folder, 'broken.msg'), 'not an outlook file');
    writeFileSync(join(folder, 'empty.mbox'), '');
    copyFileSync(join(VECTOR_FIXTURES, '001-img-src.eml'), join(folder, 'good.eml'));
    const run = maillens('scan', folder, join(folder, 'missing.eml'));
    expect(run.code).toBe(1);
    expect(run.stdout).toMatch(/broken\.msg\s+ERROR: not an Outlook \.msg file \(no OLE compound-file signature\)\n/);
    expect(run.stdout).toMatch(/missing\.eml\s+ERROR: no such file\n/);
    expect(run.stdout).toMatch(/empty\.mbox\s+ERROR: no message found in the mbox\n/);
    expect(run.stdout).toMatch(/good\.eml\s+1\s+vector fixture 001-img-src\s+1 tracker\n/);
  });

  it('writes a neutralised preview and refuses to write over mail', () => {
    const folder = mkdtempSync(join(tmpdir(), 'maillens-cli-'));
    const input = join(folder, 'mail.eml');
    copyFileSync(join(VECTOR_FIXTURES, '078-conditional-comment-img.eml'), input);
    const before = sha256(input);
    const out = join(folder, 'page.html');
    const run = maillens('preview', input, '--out', out);
    expect(run.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain("default-src 'none'");
    expect(html).not.toContain('t.example.net');
    expect(maillens('preview', input, '--out', input).code).toBe(2);
    expect(maillens('preview', input, '--out', join(folder, 'other.eml')).code).toBe(2);
    expect(sha256(input)).toBe(before);
  });

  it('previews message N of an mbox', () => {
    const folder = mkdtempSync(join(tmpdir(), 'maillens-cli-'));
    const mbox = join(folder, 'two.mbox');
    writeFileSync(
      mbox,
      'From a Mon Jan  1 00:00:00 2024\nSubject: one\nContent-Type: text/html\n\n<p>first</p>\n\n' +
        'From b Mon Jan  1 00:00:00 2024\nSubject: two\nContent-Type: text/html\n\n<p>second</p>\n',
    );
    const out = join(folder, 'second.html');
    expect(maillens('preview', mbox, '--out', out, '--message', '2').code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('<p>second</p>');
    const missing = maillens('preview', mbox, '--out', out, '--message', '3');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('the mbox holds 2 messages; there is no message 3');
  });
});

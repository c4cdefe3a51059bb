// Export Report…, Print Report… and saving the letter, with `electron` mocked: the format follows the
// chosen extension, the report is the real engine's for the shown mail (its SHA-256, its rights section),
// a PDF is made in a hidden window that runs no script and is destroyed after, and nothing is ever
// written over or into the mail or mailbox being read.

import { createHash } from 'node:crypto';
import { copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const windows: Array<{ options: unknown; url: string; destroyed: boolean }> = [];
  class BrowserWindow {
    readonly record: { options: unknown; url: string; destroyed: boolean };
    readonly webContents = {
      printToPDF: vi.fn(async () => Buffer.from('%PDF-1.7 fake')),
      print: vi.fn((_options: unknown, done: (printed: boolean, reason: string) => void) => done(true, '')),
    };
    constructor(options: unknown) {
      this.record = { options, url: '', destroyed: false };
      windows.push(this.record);
    }
    async loadURL(url: string) {
      this.record.url = url;
    }
    destroy() {
      this.record.destroyed = true;
    }
  }
  return {
    app: { getPath: () => '' },
    dialog: { showSaveDialog: vi.fn(), showOpenDialog: vi.fn() },
    BrowserWindow,
    windows,
  };
});
vi.mock('electron', () => electron);

import { OpenController } from '../../electron/main/open-controller';
import { RecentFiles } from '../../electron/main/recent-files';
import { createPool } from '../helpers/pool';

const FIXTURE = join(__dirname, '..', 'fixtures', 'duo-like', 'betaling-studiefinanciering.eml');
let folder: string;
let controller: OpenController;
let mail: string;

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');
const saveTo = (path: string) =>
  electron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: path });

beforeEach(async () => {
  folder = mkdtempSync(join(tmpdir(), 'maillens-report-out-'));
  mail = join(folder, 'letter.eml');
  copyFileSync(FIXTURE, mail);
  electron.windows.length = 0;
  controller = new OpenController({
    recent: new RecentFiles(join(folder, 'recent.json')),
    window: () => null,
    createPool: () => createPool({ size: 1 }),
    version: '9.9.9',
  });
  expect((await controller.openPath(mail)).kind).toBe('opened');
});

afterEach(async () => {
  await controller.close();
  rmSync(folder, { recursive: true, force: true });
});

describe('Export Report…', () => {
  it('writes the shown mail’s report as HTML, with its SHA-256, the version and the rights section', async () => {
    saveTo(join(folder, 'out', '..', 'report.html'));
    expect(await controller.exportReport(1)).toEqual({ kind: 'saved', fileName: 'report.html' });
    const html = readFileSync(join(folder, 'report.html'), 'utf8');
    expect(html).toContain(sha256(mail));
    expect(html).toContain('9.9.9');
    expect(html).toContain('id="your-rights"');
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<title>'));
    expect(readdirSync(folder).filter((name) => name.endsWith('.tmp'))).toEqual([]);
  });

  it('picks JSON and PDF by the extension chosen; the PDF comes from a hidden window without script', async () => {
    saveTo(join(folder, 'report.json'));
    expect((await controller.exportReport(1)).kind).toBe('saved');
    const json = JSON.parse(readFileSync(join(folder, 'report.json'), 'utf8')) as { file: { sha256: string } };
    expect(json.file.sha256).toBe(sha256(mail));

    saveTo(join(folder, 'report.pdf'));
    expect(await controller.exportReport(1)).toEqual({ kind: 'saved', fileName: 'report.pdf' });
    expect(readFileSync(join(folder, 'report.pdf'), 'latin1')).toMatch(/^%PDF-/);
    const [window] = electron.windows;
    expect(window!.options).toMatchObject({
      show: false,
      webPreferences: { sandbox: true, javascript: false, contextIsolation: true, nodeIntegration: false },
    });
    expect(window!.url).toMatch(/^data:text\/html;charset=utf-8,/);
    expect(decodeURIComponent(window!.url)).toContain(sha256(mail));
    expect(window!.destroyed).toBe(true);
  });

  it('never writes over the mail (by its path, a hard link or a name without extension) nor into the mailbox', async () => {
    const before = sha256(mail);
    linkSync(mail, join(folder, 'same.html'));
    for (const target of [mail, join(folder, 'same.html'), join(folder, 'letter.eml')]) {
      saveTo(target);
      const outcome = await controller.exportReport(1);
      expect(outcome.kind).toBe('failed');
    }
    expect(sha256(mail)).toBe(before);

    const box = join(folder, 'box');
    mkdirSync(box);
    copyFileSync(FIXTURE, join(box, 'a.eml'));
    expect((await controller.openPath(box)).kind).toBe('mailbox');
    saveTo(join(box, 'overview-report.html'));
    expect((await controller.saveText('letter', 'x.txt')).kind).toBe('failed');
    expect(existsSync(join(box, 'overview-report.html'))).toBe(false);
  });

  it('prints the report in a hidden window, and says canceled when there is nothing to print', async () => {
    expect((await controller.printReport(1)).kind).toBe('saved');
    expect(electron.windows).toHaveLength(1);
    expect(electron.windows[0]!.destroyed).toBe(true);
    const idle = new OpenController({ recent: new RecentFiles(join(folder, 'r2.json')), window: () => null });
    expect(await idle.printReport(1)).toEqual({ kind: 'failed', error: 'no mail is open' });
    await idle.close();
  });
});

describe('Save as text…', () => {
  it('writes the letter where chosen, ending in a newline', async () => {
    saveTo(join(folder, 'inzageverzoek.txt'));
    expect(await controller.saveText('Geachte heer, mevrouw,', 'inzageverzoek.txt')).toEqual({
      kind: 'saved',
      fileName: 'inzageverzoek.txt',
    });
    expect(readFileSync(join(folder, 'inzageverzoek.txt'), 'utf8')).toBe('Geachte heer, mevrouw,\n');
    saveTo(mail);
    expect((await controller.saveText('x', 'x.txt')).kind).toBe('failed');
    expect(readFileSync(mail)).toEqual(readFileSync(FIXTURE));
  });
});

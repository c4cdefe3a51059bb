import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';

const electron = vi.hoisted(() => {
  const state = { userData: '' };
  return { state, app: { getPath: (name: string) => (name === 'userData' ? state.userData : '') } };
});
vi.mock('electron', () => electron);

import { MAX_RECENT_FILES, parseRecentFiles, RecentFiles } from '../../electron/main/recent-files';

let folder: string;
let store: string;

beforeEach(() => {
  folder = mkdtempSync(join(tmpdir(), 'maillens-recent-'));
  store = join(folder, 'recent-files.json');
});
afterEach(() => rmSync(folder, { recursive: true, force: true }));

const mail = (name: string): string => join(folder, 'mail', name);

describe('RecentFiles', () => {
  it('starts empty without a file', () => {
    expect(new RecentFiles(store).list()).toEqual([]);
  });

  it.each(['{not json', '', '{"paths": []}', '42', 'null', '["relative/offer.eml", 7, null]'])(
    'survives a corrupt or foreign file: %s',
    (text) => {
      writeFileSync(store, text);
      const recent = new RecentFiles(store);
      expect(recent.list()).toEqual([]);
    },
  );

  it('keeps the newest first, each path once, at most ten', async () => {
    const recent = new RecentFiles(store);
    for (let n = 0; n < 12; n++) await recent.add(mail(`${n}.eml`));
    await recent.add(mail('5.eml'));
    const names = recent.list().map((file) => file.fileName);
    expect(names).toHaveLength(MAX_RECENT_FILES);
    expect(names.slice(0, 3)).toEqual(['5.eml', '11.eml', '10.eml']);
    expect(new Set(names).size).toBe(names.length);
    expect(names).not.toContain('0.eml');
  });

  it('gives the renderer names, folders and indexes', async () => {
    const recent = new RecentFiles(store);
    await recent.add(mail('a.eml'));
    await recent.add(mail('b.msg'));
    expect(recent.list()).toEqual([
      { index: 0, fileName: 'b.msg', folder: join(folder, 'mail') },
      { index: 1, fileName: 'a.eml', folder: join(folder, 'mail') },
    ]);
    expect(recent.path(1)).toBe(mail('a.eml'));
    expect(recent.path(5)).toBeUndefined();
  });

  it('saves to the JSON file, reloads it, and leaves no temporary file behind', async () => {
    const recent = new RecentFiles(store);
    await recent.add(mail('a.eml'));
    await recent.add(mail('b.eml'));
    expect(JSON.parse(readFileSync(store, 'utf8'))).toEqual([mail('b.eml'), mail('a.eml')]);
    expect(new RecentFiles(store).list().map((file) => file.fileName)).toEqual(['b.eml', 'a.eml']);
    expect(readdirSync(folder)).toEqual(['recent-files.json']);
  });

  it('replaces a corrupt file on the next save', async () => {
    writeFileSync(store, '[[[');
    const recent = new RecentFiles(store);
    await recent.add(mail('a.eml'));
    expect(parseRecentFiles(readFileSync(store, 'utf8'))).toEqual([mail('a.eml')]);
  });

  it('ignores a relative path and tells listeners about changes', async () => {
    const recent = new RecentFiles(store);
    const listener = vi.fn();
    const stop = recent.onChange(listener);
    await recent.add('relative.eml');
    expect(listener).not.toHaveBeenCalled();
    await recent.add(mail('a.eml'));
    expect(listener).toHaveBeenCalledOnce();
    stop();
    await recent.add(mail('b.eml'));
    expect(listener).toHaveBeenCalledOnce();
  });

  it('lives in the userData folder by default', async () => {
    electron.state.userData = join(folder, 'user-data');
    const recent = new RecentFiles();
    await recent.add(mail('a.eml'));
    expect(existsSync(join(folder, 'user-data', 'recent-files.json'))).toBe(true);
  });

  it('survives a store it cannot write', async () => {
    writeFileSync(join(folder, 'file'), '');
    const recent = new RecentFiles(join(folder, 'file', 'recent-files.json'));
    await expect(recent.add(mail('a.eml'))).resolves.toBeUndefined();
    expect(recent.list()).toHaveLength(1);
  });
});

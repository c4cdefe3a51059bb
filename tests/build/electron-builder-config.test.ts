// Gate 6, Electron configuration: the packaging settings in electron-builder.yml. The fuses are checked against
// the list @electron/fuses has (not a count written here), so an upgrade that adds a fuse fails this test until
// someone decides its secure value and writes it in the file.
import { describe, expect, it } from 'vitest';

import { fuseKeys, readBuilderConfig, SECURE_FUSES } from './builder-config';

const config = readBuilderConfig();

function section(name: string): Record<string, unknown> {
  const value = config[name];
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new Error(`no "${name}" mapping`);
  return value as Record<string, unknown>;
}

/** A platform's targets, written either as names or as `{ target, arch }` objects. */
function targets(platform: string): string[] {
  const target = section(platform).target;
  const list = Array.isArray(target) ? target : [target];
  return list.map((entry) =>
    typeof entry === 'object' && entry !== null ? (entry as { target: string }).target : entry,
  );
}

describe('electron-builder.yml', () => {
  it('packs the app into an asar archive', () => {
    expect(config.asar).toBe(true);
  });

  it('sets every Electron fuse explicitly', () => {
    const known = fuseKeys();
    expect(known.length).toBeGreaterThan(0);
    const set = Object.keys(section('electronFuses')).filter((key) => key !== 'resetAdHocDarwinSignature');
    expect(set.sort(), 'electronFuses names exactly the fuses of @electron/fuses').toEqual([...known].sort());
  });

  it('gives every fuse its secure value', () => {
    const fuses = section('electronFuses');
    for (const key of fuseKeys()) {
      expect(SECURE_FUSES, `no secure value decided for the fuse "${key}"`).toHaveProperty(key);
      expect(fuses[key], `electronFuses.${key}`).toBe(SECURE_FUSES[key]);
    }
  });

  it('registers MailLens as a viewer, never the default handler, for .eml, .msg and .mbox', () => {
    const associations = config.fileAssociations as Array<Record<string, unknown>>;
    expect(Array.isArray(associations)).toBe(true);
    expect(associations.map((association) => association.ext).sort()).toEqual(['eml', 'mbox', 'msg']);
    for (const association of associations) {
      expect(association.name, `${association.ext}: name`).toEqual(expect.any(String));
      expect(association.mimeType, `${association.ext}: mimeType`).toEqual(expect.any(String));
      expect(association.role, `${association.ext}: role`).toBe('Viewer');
      expect(association.rank, `${association.ext}: rank`).toBe('Alternate');
    }
  });

  it('builds AppImage and deb for Linux, nsis for Windows, dmg for macOS', () => {
    expect(targets('linux')).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targets('win')).toEqual(expect.arrayContaining(['nsis']));
    expect(targets('mac')).toEqual(expect.arrayContaining(['dmg']));
  });
});

// Gate 6, Electron configuration: what electron-builder really packs. A real build downloads Electron (no
// network here), so electron-builder gets `electronDist`: a stub Electron folder in a temporary directory. It
// needs no more than an `electron` executable and a `resources/` folder; the stub executable holds a fuse wire
// (sentinel, version, length, one byte per fuse) set to the insecure value of every fuse, so the test also sees
// electron-builder flip each fuse to what electron-builder.yml asks. The `--dir` build then leaves
// linux-unpacked/resources/app.asar, whose entries are checked here.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import type * as Asar from '@electron/asar';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

import { REPO } from '../helpers/pool';
import {
  BUILDER_CONFIG,
  FUSE_SENTINEL,
  FuseState,
  FuseVersion,
  fuseKeys,
  getCurrentFuseWire,
  readBuilderConfig,
} from './builder-config';

const require = createRequire(import.meta.url);
// electron-builder's own asar reader (a dependency of app-builder-lib).
const asar = require('@electron/asar') as typeof Asar;
const BUILDER_CLI = join(REPO, 'node_modules', 'electron-builder', 'cli.js');

const BUILT = ['dist/main/main.js', 'dist/preload/preload.js', 'dist/renderer/index.html'];
const REQUIRED = [...BUILT, 'package.json'];
const FORBIDDEN: ReadonlyArray<[string, RegExp]> = [
  ['test data', /(^|\/)tests?(\/|$)|fixtures|\.(eml|msg|mbox)$/i],
  ['source map', /\.map$/i],
  ['TypeScript source', /\.(ts|tsx|mts|cts)$/i],
  ['dev file', /(^|\/)\.github(\/|$)|(^|\/)\.ci(\/|$)|eslint|vitest|tsconfig|readme/i],
];

let folder: string;
let appOutDir: string;
let entries: string[];

function electronStub(dist: string, fuses: readonly string[], insecure: (key: string) => boolean): void {
  mkdirSync(join(dist, 'resources'), { recursive: true });
  const wire = fuses.map((key) => (insecure(key) ? FuseState.ENABLE : FuseState.DISABLE));
  const binary = Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub Electron for packaging tests" >&2\nexit 1\n'),
    Buffer.from(FUSE_SENTINEL),
    Buffer.from([Number(FuseVersion.V1), wire.length, ...wire]),
  ]);
  writeFileSync(join(dist, 'electron'), binary, { mode: 0o755 });
}

beforeAll(() => {
  const started = Date.now();
  if (!BUILT.every((file) => existsSync(join(REPO, file)))) {
    const build = spawnSync(process.execPath, ['build/build-app.mjs'], { cwd: REPO, encoding: 'utf8' });
    if (build.status !== 0) throw new Error(`build/build-app.mjs failed:\n${build.stdout}${build.stderr}`);
  }
  folder = mkdtempSync(join(tmpdir(), 'maillens-packed-'));
  const stub = join(folder, 'electron-dist');
  const output = join(folder, 'out');
  const fuses = readBuilderConfig().electronFuses as Record<string, boolean>;
  electronStub(stub, fuseKeys(), (key) => !fuses[key]);
  const pack = spawnSync(
    process.execPath,
    [
      BUILDER_CLI,
      '--linux',
      'dir',
      '--publish',
      'never',
      '--config',
      BUILDER_CONFIG,
      `-c.electronDist=${stub}`,
      `-c.directories.output=${output}`,
    ],
    { cwd: REPO, encoding: 'utf8', env: { ...process.env, CSC_IDENTITY_AUTO_DISCOVERY: 'false', FORCE_COLOR: '0' } },
  );
  if (pack.status !== 0) throw new Error(`electron-builder failed (${pack.status}):\n${pack.stdout}${pack.stderr}`);
  appOutDir = join(output, 'linux-unpacked');
  entries = asar
    .listPackage(join(appOutDir, 'resources', 'app.asar'), { isPack: false })
    .map((entry) => entry.replaceAll('\\', '/').replace(/^\//, ''));
  const modules = entries.filter((entry) => /^node_modules(\/|$)/.test(entry)).length;
  console.log(
    `app.asar: ${entries.length} packed entries, ${modules} of them under node_modules ` +
      `(electron-builder run in ${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
});

afterAll(() => {
  if (folder) rmSync(folder, { recursive: true, force: true });
});

describe('app.asar', () => {
  it('holds the built main, preload and renderer, and package.json', () => {
    expect(entries).toEqual(expect.arrayContaining(REQUIRED));
    const pkg = JSON.parse(asar.extractFile(join(appOutDir, 'resources', 'app.asar'), 'package.json').toString());
    expect(entries, 'package.json "main" is packed').toContain(pkg.main);
  });

  it.each(FORBIDDEN)('holds no %s', (_kind, pattern) => {
    expect(entries.filter((entry) => pattern.test(entry))).toEqual([]);
  });

  it('holds no node_modules: the bundles need none', () => {
    expect(entries.filter((entry) => /^node_modules(\/|$)/.test(entry))).toEqual([]);
  });

  it('has bundles that require only electron and Node built-ins', () => {
    const archive = join(appOutDir, 'resources', 'app.asar');
    const builtins = new Set([...builtinModules, ...builtinModules.map((name) => `node:${name}`), 'electron']);
    const scripts = entries.filter((entry) => /^dist\/(main|preload)\/.*\.js$/.test(entry));
    expect(scripts.length).toBeGreaterThanOrEqual(2);
    for (const script of scripts) {
      const code = asar.extractFile(archive, script).toString();
      const required = [...code.matchAll(/\brequire\(\s*["'`]([^"'`]+)["'`]\s*\)/g)].map((match) => match[1]!);
      expect(
        required.filter((name) => !builtins.has(name)),
        `${script} requires modules that are not packed`,
      ).toEqual([]);
    }
  });
});

describe('the packaged executable', () => {
  it('has every fuse flipped to the value electron-builder.yml sets', async () => {
    const fuses = readBuilderConfig().electronFuses as Record<string, boolean>;
    const wire = (await getCurrentFuseWire(join(appOutDir, 'maillens'))) as unknown as Record<string, number>;
    fuseKeys().forEach((key, index) => {
      expect(wire[index], key).toBe(fuses[key] ? FuseState.ENABLE : FuseState.DISABLE);
    });
  });
});

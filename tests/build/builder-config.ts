// electron-builder.yml as electron-builder reads it, and the Electron fuses as @electron/fuses lists them.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';

import type * as Fuses from '@electron/fuses';
import type * as FuseConstants from '@electron/fuses/dist/constants';

import { REPO } from '../helpers/pool';

const require = createRequire(import.meta.url);
// js-yaml 4 is already installed as electron-builder's own YAML reader (a dependency of app-builder-lib and
// builder-util, not one of ours), so this reads the file the way electron-builder does. It ships no types.
const yaml = require('js-yaml') as { load(text: string): unknown };
const fuses = require('@electron/fuses') as typeof Fuses;
const fuseConstants = require('@electron/fuses/dist/constants') as typeof FuseConstants;

export const BUILDER_CONFIG = join(REPO, 'electron-builder.yml');

export function readBuilderConfig(): Record<string, unknown> {
  const config = yaml.load(readFileSync(BUILDER_CONFIG, 'utf8'));
  if (config === null || typeof config !== 'object' || Array.isArray(config)) {
    throw new Error(`${BUILDER_CONFIG} is not a mapping`);
  }
  return config as Record<string, unknown>;
}

/**
 * Every fuse of the fuse wire, in wire order, by its electron-builder `electronFuses` key: the FuseV1Options
 * enum member with a lower-case first letter (RunAsNode -> runAsNode), as app-builder-lib maps them.
 */
export function fuseKeys(): string[] {
  return Object.entries(fuses.FuseV1Options)
    .filter((entry): entry is [string, number] => typeof entry[1] === 'number')
    .sort((a, b) => a[1] - b[1])
    .map(([name]) => name[0]!.toLowerCase() + name.slice(1));
}

/** The secure setting of each fuse MailLens knows about; a fuse missing here is a decision still to make. */
export const SECURE_FUSES: Readonly<Record<string, boolean>> = {
  runAsNode: false,
  enableCookieEncryption: true,
  enableNodeOptionsEnvironmentVariable: false,
  enableNodeCliInspectArguments: false,
  enableEmbeddedAsarIntegrityValidation: true,
  onlyLoadAppFromAsar: true,
  loadBrowserProcessSpecificV8Snapshot: false,
  grantFileProtocolExtraPrivileges: false,
};

/** The fuse wire format: sentinel, version byte, length byte, then one state byte per fuse. */
export const { SENTINEL: FUSE_SENTINEL, FuseState } = fuseConstants;
export const { getCurrentFuseWire, FuseVersion } = fuses;

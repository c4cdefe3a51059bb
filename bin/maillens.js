#!/usr/bin/env node
// Launcher for the bundled CLI (built by `npm run build`, which `npm ci` runs through `prepare`).
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const cli = join(__dirname, '..', 'dist', 'node', 'cli.js');
if (!existsSync(cli)) {
  process.stderr.write('maillens: not built yet; run "npm run build" in ' + join(__dirname, '..') + '\n');
  process.exit(2);
}
require(cli)
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });

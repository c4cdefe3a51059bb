// Promise 1, in the code itself: nothing in electron/, shared/ or renderer/ imports a network-capable
// module or calls a network API. Imports and calls are read from each file's TypeScript syntax tree.
// Anything network-capable must be on the short allowlist below, with the reason beside it.

import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import { REPO } from '../helpers/pool';

const NETWORK_MODULES = new Set(
  [
    'http',
    'https',
    'http2',
    'net',
    'tls',
    'dns',
    'dgram',
    'undici',
    'ws',
    'axios',
    'node-fetch',
    'got',
    'request',
  ].flatMap((name) => [name, `node:${name}`]),
);
/** Names imported from 'electron' that can reach the network or another program. */
const ELECTRON_NETWORK = new Set(['net', 'shell', 'autoUpdater', 'crashReporter', 'netLog']);
/** Global calls or constructors that send something. */
const NETWORK_GLOBALS = new Set(['fetch', 'XMLHttpRequest', 'WebSocket', 'EventSource', 'sendBeacon', 'openExternal']);

/** `file: reason` for the few network-capable uses that are allowed (none today). */
const ALLOWLIST: ReadonlyMap<string, string> = new Map();

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(path);
    return /\.(ts|tsx|mts|js|mjs)$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

export function networkUses(path: string, text: string): string[] {
  const found: string[] = [];
  const source = ts.createSourceFile(
    path,
    text,
    ts.ScriptTarget.Latest,
    true,
    path.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node) && ts.isStringLiteral(node.moduleSpecifier)) {
      const module = node.moduleSpecifier.text;
      if (NETWORK_MODULES.has(module)) found.push(`imports ${module}`);
      if (module === 'electron') {
        const bindings = node.importClause?.namedBindings;
        if (bindings && ts.isNamedImports(bindings)) {
          for (const element of bindings.elements) {
            const name = (element.propertyName ?? element.name).text;
            if (ELECTRON_NETWORK.has(name)) found.push(`imports electron.${name}`);
          }
        }
      }
    }
    if (ts.isCallExpression(node)) {
      const callee = node.expression;
      if (
        ts.isIdentifier(callee) &&
        callee.text === 'require' &&
        node.arguments[0] &&
        ts.isStringLiteral(node.arguments[0])
      ) {
        if (NETWORK_MODULES.has(node.arguments[0].text)) found.push(`requires ${node.arguments[0].text}`);
      }
      if (callee.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
        if (NETWORK_MODULES.has(node.arguments[0].text)) found.push(`imports ${node.arguments[0].text} dynamically`);
      }
      const name = ts.isIdentifier(callee)
        ? callee.text
        : ts.isPropertyAccessExpression(callee)
          ? callee.name.text
          : '';
      if (NETWORK_GLOBALS.has(name)) found.push(`calls ${name}()`);
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && NETWORK_GLOBALS.has(node.expression.text)) {
      found.push(`constructs ${node.expression.text}`);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no network code', () => {
  const files = ['electron', 'shared', 'renderer'].flatMap((folder) => sourceFiles(join(REPO, folder)));

  it('finds none in electron/, shared/ and renderer/ beyond the allowlist', () => {
    const offences = files.flatMap((file) => {
      const name = relative(REPO, file);
      if (ALLOWLIST.has(name)) return [];
      return networkUses(file, readFileSync(file, 'utf8')).map((use) => `${name}: ${use}`);
    });
    console.log(`no network code: ${files.length} source files checked, ${offences.length} network uses`);
    expect(files.length).toBeGreaterThan(50);
    expect(offences).toEqual([]);
  });

  it('would notice each kind of network use', () => {
    const sample = [
      "import http from 'node:http';",
      "import { request } from 'https';",
      "import { net, shell } from 'electron';",
      "const dns = require('dns');",
      "await import('node:net');",
      "fetch('https://t.example/x');",
      "shell.openExternal('https://t.example');",
      "new WebSocket('wss://t.example');",
      "navigator.sendBeacon('/x', '');",
      'new XMLHttpRequest();',
    ].join('\n');
    expect(networkUses('sample.ts', sample)).toEqual([
      'imports node:http',
      'imports https',
      'imports electron.net',
      'imports electron.shell',
      'requires dns',
      'imports node:net dynamically',
      'calls fetch()',
      'calls openExternal()',
      'constructs WebSocket',
      'calls sendBeacon()',
      'constructs XMLHttpRequest',
    ]);
  });
});

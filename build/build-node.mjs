// Bundles the Node side (CLI and parsing worker) into dist/node/.
import { bundleNode } from './bundle-node.mjs';

await bundleNode({ cli: 'electron/cli/main.ts', 'parse-worker': 'electron/engine/parse-worker.ts' }, 'dist/node');

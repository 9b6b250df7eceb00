// Writes the explorer page's browser bundle (dist/assets/explorer.js) after `tsc` compiled the server: run by
// `npm run build` (so by `npm ci` through prepare). The bundle is built, never committed.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { bundleExplorer, EXPLORER_BUNDLE_PATH } from '../dist/src/web/explorer/explorer-bundle.js';

const text = await bundleExplorer();
await mkdir(dirname(EXPLORER_BUNDLE_PATH), { recursive: true });
await writeFile(EXPLORER_BUNDLE_PATH, text);
process.stdout.write(`wrote ${EXPLORER_BUNDLE_PATH} (${text.length} bytes)\n`);

/**
 * The browser bundle of the explorer page (/assets/explorer.js): browser-main.ts with the project's core, bundled by
 * esbuild. `npm run build` (and so `npm ci`, through prepare) writes it to dist/assets/explorer.js; the compiled server
 * serves that file. Run from the TypeScript sources (development, tests), the server bundles at first request, so the
 * bundle always matches the sources. No built bundle is committed.
 */
import { readFile } from 'node:fs/promises';
import { projectPath } from '../../project-root.js';

export const EXPLORER_BUNDLE_PATH = projectPath('dist', 'assets', 'explorer.js');

/** Bundles the explorer's sources with esbuild (a development dependency): an IIFE for current browsers. */
export async function bundleExplorer(): Promise<string> {
  const esbuild = await import('esbuild');
  const built = await esbuild.build({
    entryPoints: [projectPath('src', 'web', 'explorer', 'browser-main.ts')],
    bundle: true,
    write: false,
    format: 'iife',
    platform: 'browser',
    target: ['es2022'],
    minify: true,
    legalComments: 'none',
    logLevel: 'silent',
  });
  return built.outputFiles[0]!.text;
}

let bundled: Promise<string> | null = null;

/** The bundle's text: the built file when this module runs compiled, else bundled from the sources (kept). */
export function explorerBundle(): Promise<string> {
  bundled ??= (import.meta.url.endsWith('.ts') ? bundleExplorer() : readFile(EXPLORER_BUNDLE_PATH, 'utf8')).catch(
    (error: unknown) => {
      bundled = null;
      throw error;
    },
  );
  return bundled;
}

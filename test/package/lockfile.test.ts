import { readFileSync } from 'node:fs';

/**
 * `npm ci` installs exactly the lockfile and refuses one that is out of step with package.json. On a platform other
 * than the one that wrote the lockfile it also needs the entries of that platform's optional native binaries
 * (@napi-rs/canvas, @swc/core, esbuild, ...): a lockfile written with only linux-gnu's entries fails on macOS,
 * Windows and musl. These checks read the committed files, so they fail before any install is attempted.
 */
const root = new URL('../../', import.meta.url);
const read = (path: string): string => readFileSync(new URL(path, root), 'utf8');

interface LockEntry {
  version?: string;
  optional?: boolean;
  os?: string[];
  cpu?: string[];
  libc?: string[];
  dependencies?: Record<string, string>;
  devDependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}
const lock = JSON.parse(read('package-lock.json')) as { lockfileVersion: number; packages: Record<string, LockEntry> };
const pkg = JSON.parse(read('package.json')) as {
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

/** The lock path a package's dependency `name` resolves to, searching outwards as Node does; undefined if none. */
function resolveInLock(from: string, name: string): string | undefined {
  let base = from;
  for (;;) {
    const candidate = `${base === '' ? '' : `${base}/`}node_modules/${name}`;
    if (lock.packages[candidate]) return candidate;
    if (base === '') return undefined;
    const cut = base.lastIndexOf('/node_modules/');
    base = cut < 0 ? '' : base.slice(0, cut);
  }
}

describe('the committed lockfile installs with npm ci everywhere', () => {
  test('lists the same direct dependencies as package.json', () => {
    expect(lock.lockfileVersion).toBe(3);
    expect(lock.packages[''].dependencies).toEqual(pkg.dependencies);
    expect(lock.packages[''].devDependencies).toEqual(pkg.devDependencies);
  });

  test('every optional dependency of every locked package has its own entry (all platforms, not just this one)', () => {
    const missing: string[] = [];
    for (const [path, entry] of Object.entries(lock.packages)) {
      for (const name of Object.keys(entry.optionalDependencies ?? {})) {
        if (resolveInLock(path, name) === undefined) missing.push(`${path || '(root)'} → ${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  test.each([
    [
      '@napi-rs/canvas',
      ['darwin-arm64', 'darwin-x64', 'win32-x64-msvc', 'linux-x64-gnu', 'linux-x64-musl', 'linux-arm64-gnu'],
    ],
    [
      '@swc/core',
      ['darwin-arm64', 'darwin-x64', 'win32-x64-msvc', 'linux-x64-gnu', 'linux-x64-musl', 'linux-arm64-gnu'],
    ],
  ])('%s has native binaries for macOS, Windows, Linux glibc and musl', (name, platforms) => {
    for (const platform of platforms) {
      const entry = lock.packages[`node_modules/${name}-${platform}`];
      expect({ platform, optional: entry?.optional }).toEqual({ platform, optional: true });
    }
  });

  test('CI installs with npm ci', () => {
    expect(read('.ci/run')).toMatch(/^npm ci\b/m);
    expect(read('.ci/run')).not.toMatch(/^npm install\b/m);
  });
});

// The arrows of STYLE.md point one way: ui → db → core, workers → db and core, pwa alone. src/core
// runs in Node without a DOM, so it imports nothing from outside itself but a pure CSV parser.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const SRC = fileURLToPath(new URL('../../src/', import.meta.url));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports (static, dynamic and re-exports), as written. */
function importsOf(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  const found = [...text.matchAll(/(?:^|\s)(?:import|export)\s[^'"]*?from\s+'([^']+)'|import\(\s*'([^']+)'\s*\)|^import\s+'([^']+)'/gm)];
  return found.map((m) => m[1] ?? m[2] ?? m[3] ?? '');
}

/** The top folder of src/ that a relative import lands in ('core', 'db', …), or the package name. */
function target(file: string, spec: string): string {
  if (!spec.startsWith('.')) return `package:${spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0]}`;
  const landed = relative(SRC, resolve(dirname(file), spec));
  return landed.startsWith('..') ? `outside:${landed}` : (landed.split('/')[0] ?? '').replace(/\.tsx?$/, '');
}

const RULES: Record<string, { folders: string[]; packages: string[] }> = {
  core: { folders: ['core'], packages: ['papaparse'] },
  db: { folders: ['db', 'core'], packages: ['dexie'] },
  workers: { folders: ['workers', 'core', 'db', 'sync'], packages: [] },
  // The sync bridge sits beside src/db: it may read the schema and the change log's helpers.
  sync: { folders: ['sync', 'core', 'db'], packages: ['dexie', 'pouchdb-core', 'pouchdb-adapter-indexeddb', 'pouchdb-adapter-http', 'pouchdb-replication'] },
  pwa: { folders: ['pwa'], packages: ['workbox-window'] },
};

const files = filesUnder(SRC).map((file) => ({ file, folder: relative(SRC, file).split('/')[0] ?? '' }));

describe('the arrows between the layers of src/', () => {
  it('finds the files it checks (a test over an empty list would pass for nothing)', () => {
    for (const folder of Object.keys(RULES)) expect(files.filter((f) => f.folder === folder).length, folder).toBeGreaterThan(0);
    expect(files.filter((f) => f.folder === 'core').length).toBeGreaterThan(30);
  });
  it.each(files.filter((f) => f.folder in RULES).map((f) => [relative(SRC, f.file), f] as const))('%s imports only what its layer may', (_, { file, folder }) => {
    const rule = RULES[folder]!;
    const imports = importsOf(file);
    for (const spec of imports) {
      const where = target(file, spec);
      const allowed = where.startsWith('package:') ? rule.packages.includes(where.slice(8)) : rule.folders.includes(where);
      expect(allowed, `${relative(SRC, file)} imports '${spec}' (${where})`).toBe(true);
    }
  });
  it('sees an import that breaks the rule (the check itself works)', () => {
    const file = join(SRC, 'core', 'x.ts');
    expect(target(file, '../db/schema')).toBe('db');
    expect(target(file, './model')).toBe('core');
    expect(target(file, 'dexie')).toBe('package:dexie');
    expect(target(file, '@ag-grid-community/locale')).toBe('package:@ag-grid-community/locale');
  });
  it('src/workers reaches the database only through src/db\'s functions, never a table', () => {
    for (const { file } of files.filter((f) => f.folder === 'workers')) {
      expect(readFileSync(file, 'utf8'), relative(SRC, file)).not.toMatch(/\bdb\.(candidates|evaluations|requests|importBatches|settings|transaction)\b/);
    }
  });
});

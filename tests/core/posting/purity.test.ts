// The posting parser is pure core: it imports nothing from outside src/core (STYLE §13).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = fileURLToPath(new URL('../../../src/core/posting/', import.meta.url));
const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));

describe('src/core/posting', () => {
  it.each(files)('%s imports only from src/core', (file) => {
    const imports = [...readFileSync(dir + file, 'utf8').matchAll(/from '([^']+)'/g)].map((m) => m[1] ?? '');
    for (const path of imports) expect(path, `${file} imports ${path}`).toMatch(/^\.\/|^\.\.\/[a-z]+$/);
  });
});

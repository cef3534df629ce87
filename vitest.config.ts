import { defineConfig } from 'vitest/config';

// Three honest environments: the pure core in plain Node, the database on fake-indexeddb,
// and UI logic (column definitions, reactive helpers) with Solid's browser build.
export default defineConfig({
  test: {
    projects: [
      {
        test: { name: 'core', include: ['tests/core/**/*.test.ts'], environment: 'node' },
      },
      {
        test: {
          name: 'db',
          include: ['tests/db/**/*.test.ts'],
          environment: 'node',
          setupFiles: ['fake-indexeddb/auto'],
        },
      },
      {
        resolve: { conditions: ['browser', 'development'] },
        ssr: { resolve: { conditions: ['browser', 'development'] } },
        test: { name: 'ui', include: ['tests/ui/**/*.test.ts'], environment: 'node' },
      },
    ],
  },
});

import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';

export default defineConfig({
  plugins: [
    solid(),
    VitePWA({
      // The app asks before it reloads into a new version (src/pwa/register.ts), so: prompt.
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['icons/*.png', 'icons/*.svg'],
      manifest: {
        name: 'Shortlist',
        short_name: 'Shortlist',
        description: 'Kandidaten scoren op knock-outs en gunningscriteria, offline.',
        lang: 'nl',
        start_url: '/',
        scope: '/',
        display: 'standalone',
        background_color: '#f6f7f9',
        theme_color: '#1f4e79',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        globPatterns: ['**/*.{js,css,html,svg,png,webmanifest}'],
        navigateFallback: 'index.html',
        maximumFileSizeToCacheInBytes: 5 * 1024 * 1024,
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  resolve: {
    // Dexie's package entry wraps its ES5 build (for CommonJS callers); the app and its worker
    // are ES modules, and the modern build is smaller and loads with the first screen.
    alias: [{ find: /^dexie$/, replacement: 'dexie/dist/modern/dexie.mjs' }],
  },
  build: {
    target: 'es2022',
    chunkSizeWarningLimit: 1500,
    rollupOptions: {
      // src/core is pure (no module of it does anything when loaded), so a part of it that a chunk
      // does not use stays out of that chunk: without this, importing one rule from the core's
      // index brings the whole core, PapaParse and the posting parser into the first screen.
      treeshake: { moduleSideEffects: [{ test: /[\\/]src[\\/]core[\\/]/, sideEffects: false }] },
      // AG Grid (with its locale texts) is one chunk named for it: the matrix and the procedure load
      // it when shown, and tests/e2e/first-paint.spec.ts measures what the page loads before it.
      output: { codeSplitting: { groups: [{ name: 'ag-grid', test: /[\\/]node_modules[\\/](ag-grid-community|ag-stack|@ag-grid-community)[\\/]/ }] } },
    },
  },
  worker: { format: 'es' },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
  server: { host: '127.0.0.1' },
});

/// <reference types="vitest/config" />
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import preact from '@preact/preset-vite';
import { VitePWA } from 'vite-plugin-pwa';
import { CONTENT_SECURITY_POLICY } from './src/shell/content-security-policy.ts';
import { setupTokenRecord } from './src/staff/access/setup-token-build.ts';
import { clipLanguages, factSourcesPlugin } from './scripts/content-plugins.ts';
import packageJson from './package.json' with { type: 'json' };

// One config for the app, its service worker and the tests.
export default defineConfig({
  // The app's version, shown to staff and set on <html data-version> at boot (src/main.tsx).
  // The set-up token's hash (never the token): see src/staff/access/setup-token.ts.
  define: {
    __APP_VERSION__: JSON.stringify(packageJson.version),
    __SETUP_TOKEN__: JSON.stringify(setupTokenRecord(process.env['KIOSK_SETUP_TOKEN'])),
    // The languages with recorded clips (src/speech/clips.ts): a language without any needs no file.
    __CLIP_LANGUAGES__: JSON.stringify(clipLanguages(fileURLToPath(new URL('.', import.meta.url)))),
  },
  plugins: [
    preact(),
    // The fact sheet's sources for staff screens, read from docs/facts.md at build time.
    factSourcesPlugin(fileURLToPath(new URL('.', import.meta.url))),
    {
      // The built kiosk carries its CSP in a meta tag (hosts may also send it as a header; see
      // docs/deploy.md). Not in dev: the dev server needs inline scripts for hot reload.
      name: 'kiosk-csp',
      apply: 'build',
      transformIndexHtml: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
    {
      // The pictograms' symbols go into index.html (see scripts/build-pictograms.mjs for why).
      name: 'kiosk-pictograms',
      transformIndexHtml: (html) =>
        html.replace('<body>', `<body>\n${readFileSync(new URL('./src/ui/pictograms.svg', import.meta.url), 'utf8').trim()}`),
    },
    VitePWA({
      strategies: 'injectManifest',
      srcDir: 'src/sw',
      filename: 'sw.ts',
      // We register the worker ourselves with workbox-window (src/shell/service-worker.ts)
      // so that updates wait for a reset instead of prompting the public.
      injectRegister: false,
      includeManifestIcons: false,
      manifest: {
        name: 'Kiosque e-Santé',
        short_name: 'e-Santé',
        description: 'Comprendre son dossier santé partagé, le consentement, la carte eID — et trouver de l’aide près d’ici.',
        lang: 'fr',
        start_url: '/',
        scope: '/',
        display: 'fullscreen',
        orientation: 'any',
        background_color: '#fbfaf7',
        theme_color: '#1d4e89',
        icons: [
          { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: '/icons/icon.svg', sizes: 'any', type: 'image/svg+xml', purpose: 'any' },
        ],
      },
      injectManifest: {
        // Everything the kiosk can show must be precached: offline after the first load.
        // wasm: the offline voice (eSpeak NG, src/speech/); opus…wav: recorded clips in public/audio/.
        globPatterns: ['**/*.{js,css,html,woff2,svg,png,json,wasm,opus,ogg,mp3,m4a,wav}'],
        // The PNG icons are for installing the app (the device keeps its own copy): not precached,
        // 20 kB gzip less on a cheap tablet. The SVG icon is the page's favicon: precached.
        globIgnores: ['icons/*.png'],
        // The offline voice is one 18.5 MB .wasm (9.1 MB gzip) with every language's data.
        maximumFileSizeToCacheInBytes: 20 * 1024 * 1024,
      },
      devOptions: { enabled: false },
    }),
  ],
  build: {
    target: 'es2022',
    sourcemap: false,
  },
  preview: { port: 4173, strictPort: false },
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'happy-dom',
          include: ['src/**/*.test.{ts,tsx}', 'flows/**/*.test.ts', 'tests/*.test.{ts,tsx}'],
          setupFiles: ['tests/setup-unit.ts'],
          // Both cores (Vitest keeps one free by default) and threads, which start faster than
          // processes: 117 s → 77 s for the unit tests on 2 cores.
          pool: 'threads',
          maxWorkers: 2,
          // The unit tests first, on their own; then the end-to-end files (group 1), so the two
          // never compete for the two cores (and Vitest wants distinct groups for their workers).
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'bench',
          environment: 'node',
          include: ['bench/**/*.bench.ts'],
          testTimeout: 300_000,
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.e2e.ts'],
          globalSetup: ['tests/e2e/global-setup.ts'],
          // Room for two files at once on a loaded machine (a test that hangs still fails).
          testTimeout: 120_000,
          hookTimeout: 120_000,
          // Two files at once: most of an e2e test is waiting (on the page, the clock, the
          // preview server), so two browsers keep two cores busier than one. Each file has its
          // own browser profile; none shares state with another.
          maxWorkers: 2,
          sequence: { groupOrder: 1 },
          // describe.concurrent suites (the walk of every topic in every language) run this many
          // browsers at once: enough to keep two cores busy.
          maxConcurrency: 3,
        },
      },
    ],
  },
});

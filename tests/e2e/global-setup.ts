import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { preview, type PreviewServer } from 'vite';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  interface ProvidedContext {
    /** Origin of the preview server that serves dist/, e.g. "http://127.0.0.1:41234". */
    baseUrl: string;
  }
}

const root = fileURLToPath(new URL('../../', import.meta.url));
/** The build to serve: dist/ unless KIOSK_DIST names another folder (several builds side by side). */
const outDir = process.env['KIOSK_DIST'] ?? 'dist';

/**
 * Serves the built app (dist/, built by `npm test` before Vitest starts) with Vite's preview
 * server on a free port of 127.0.0.1, for every end-to-end test file; closes it at the end.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  for (const file of [`${outDir}/index.html`, `${outDir}/sw.js`]) {
    if (!existsSync(new URL(file, new URL('../../', import.meta.url)))) {
      throw new Error(
        `End-to-end tests need a build: ${file} is missing. Run \`npm run build\` (or \`npm test\`, which builds first) before \`vitest run --project e2e\`.`,
      );
    }
  }

  const server: PreviewServer = await preview({
    root,
    logLevel: 'warn',
    build: { outDir },
    preview: { host: '127.0.0.1', port: 0, strictPort: true, open: false },
  });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') {
    await server.close();
    throw new Error(`The preview server did not listen on a TCP port (address: ${String(address)}).`);
  }
  const baseUrl = `http://127.0.0.1:${address.port}`;
  project.provide('baseUrl', baseUrl);

  return async () => {
    await server.close();
  };
}

import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { compression } from 'vite-plugin-compression2';

const webRoot = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const apiTarget = process.env.JOBBRIDGE_API_URL ?? 'http://localhost:3000';

/**
 * Shared chunks are otherwise named after whichever module came first (a chunk of antd internals could be called
 * "error-codes"); name them after the package most of their modules come from, so bundle reports read true.
 */
function sharedChunkName(chunk: { name: string; isEntry: boolean; isDynamicEntry: boolean; moduleIds: string[] }): string {
  if (chunk.isEntry || chunk.isDynamicEntry) return 'assets/[name]-[hash].js';
  const counts = new Map<string, number>();
  for (const id of chunk.moduleIds) {
    const pkg = /node_modules[\\/]((?:@[^\\/]+[\\/])?[^\\/]+)/.exec(id)?.[1] ?? 'app';
    counts.set(pkg, (counts.get(pkg) ?? 0) + 1);
  }
  const [top] = [...counts.entries()].sort((a, b) => b[1] - a[1])[0] ?? ['app'];
  return top === 'app' ? 'assets/shared-[name]-[hash].js' : `assets/lib-${top.replace(/^@/, '').replace(/[\\/]/g, '-')}-[hash].js`;
}

export default defineConfig({
  root: webRoot,
  // Brotli and gzip copies of every asset over 1 KB, served by the API as the browser accepts (app.factory.ts).
  plugins: [react(), compression({ algorithms: ['brotliCompress', 'gzip'], threshold: 1024 })],
  resolve: {
    alias: {
      '@jobbridge/contracts': `${repoRoot}libs/contracts/src/index.ts`,
      // Framework-free rules (status machines, masking, region codes) shared with the API.
      '@jobbridge/domain': `${repoRoot}libs/domain/src/index.ts`,
    },
  },
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    chunkSizeWarningLimit: 700,
    rolldownOptions: {
      output: {
        chunkFileNames: sharedChunkName,
        // Long-lived vendor chunks cache across deploys. antd is left to automatic splitting, so heavy components
        // (Table, DatePicker) load only with the routes that use them.
        codeSplitting: {
          groups: [
            { name: 'vendor-react', test: /[\\/]node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            { name: 'vendor-apollo', test: /[\\/]node_modules[\\/](@apollo|graphql|rxjs|optimism|@wry|tslib)[\\/]/ },
            { name: 'vendor-i18n', test: /[\\/]node_modules[\\/](i18next|react-i18next)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 4200,
    proxy: {
      '/graphql': { target: apiTarget, changeOrigin: true },
      '/socket.io': { target: apiTarget, changeOrigin: true, ws: true },
    },
  },
  preview: { port: 4300 },
});

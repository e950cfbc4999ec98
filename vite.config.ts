import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const nhsukImages = fileURLToPath(new URL('./node_modules/nhsuk-frontend/dist/nhsuk/assets/images', import.meta.url));
const api = 'http://localhost:3000';

/**
 * The workspace SPA. The server serves dist/web and falls back to index.html for any
 * page address, so the router owns every path outside /api.
 */
export default defineConfig({
  root: 'src/web',
  plugins: [react()],
  resolve: {
    // The NHS.UK stylesheet refers to its icons by path; point that path at the package so
    // Vite bundles the files instead of leaving links that the server cannot answer.
    alias: { '@nhsuk-images': nhsukImages },
  },
  build: {
    outDir: '../../dist/web',
    emptyOutDir: true,
    // Icons small enough to inline become data: URLs, which the CSP allows for images only.
    assetsInlineLimit: 4096,
    sourcemap: true,
    rolldownOptions: {
      // The Sass build of NHS.UK frontend takes a few seconds by nature; the timing report
      // about it is noise in every build log.
      checks: { bundlerTimings: false },
      output: {
        // Libraries change less often than Chorus itself: a separate file stays cached
        // across releases, and each file stays under the size warning.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|react-router|scheduler|@tanstack)[\\/]/ },
            // The map's graph library is loaded only by the map page (a dynamic import): its own file keeps it out of
            // the eagerly loaded vendor file.
            { name: 'cytoscape', test: /node_modules[\\/]cytoscape[\\/]/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: { '/api': api, '/healthz': api },
  },
});

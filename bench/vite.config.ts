// Builds the bare maplibre benchmark page (bench/bare-map.html) on its own, apart from the app.
import { defineConfig } from 'vite';

export default defineConfig({
  root: import.meta.dirname,
  base: './',
  logLevel: 'warn',
  build: { rollupOptions: { input: 'bare-map.html' }, emptyOutDir: true, chunkSizeWarningLimit: 2000 },
});

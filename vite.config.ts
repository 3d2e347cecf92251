/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react()],
  server: { port: 5173 },
  build: {
    rolldownOptions: {
      // maplibre-gl in a chunk of its own: one prebuilt module of ~1.07 MB minified that cannot be split further.
      output: { codeSplitting: { groups: [{ name: 'maplibre-gl', test: /node_modules[\\/]maplibre-gl[\\/]/ }] } },
    },
    // Just above that one vendor chunk, so that any other chunk growing past 500 kB still warns (default 500).
    chunkSizeWarningLimit: 1100,
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/component/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['tests/setup.ts'],
  },
});

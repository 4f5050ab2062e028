// Runs in: Node (tools). Builds the renderer into dist/renderer. Relative asset paths (base './') let
// the same build run under app://kiosk/ in Electron and under http:// in the web preview.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { contentSecurityPolicyMeta } from '../tools/csp-meta';
import { CHUNK_GROUPS } from '../tools/renderer-chunks';
import { entryScriptsAtBodyEnd } from '../tools/scripts-after-body';

const rendererDir = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: rendererDir,
  base: './',
  plugins: [react(), entryScriptsAtBodyEnd(), contentSecurityPolicyMeta()],
  build: {
    outDir: fileURLToPath(new URL('../dist/renderer', import.meta.url)),
    emptyOutDir: true,
    // Fonts and icons stay files: the CSP allows fonts and images from 'self', not inline data.
    assetsInlineLimit: 0,
    target: 'chrome120',
    // No modulepreload links in index.html: they were fetched beside the first frame's portrait
    // and held its paint back ~20 ms on the benchmark machine, while the entry waits for that paint
    // anyway (renderer/src/boot.ts). The app's own imports keep their preloads.
    // No polyfill either: Electron's and the preview's Chromium support modulepreload.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, dependencies, { hostType }) =>
        hostType === 'html' ? [] : dependencies,
    },
    sourcemap: true,
    rolldownOptions: {
      output: {
        // Each group takes exactly the modules it names (tools/renderer-chunks.ts), not their imports.
        codeSplitting: { includeDependenciesRecursively: false, groups: CHUNK_GROUPS },
      },
    },
  },
});

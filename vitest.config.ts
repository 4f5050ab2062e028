import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // No unit test can reach the real Electron package: every import of 'electron' gets the fake.
    alias: {
      electron: fileURLToPath(new URL('./tests/fakes/electron.ts', import.meta.url)),
    },
  },
  test: {
    include: ['tests/unit/**/*.test.{ts,tsx}'],
    environment: 'node',
    restoreMocks: true,
    testTimeout: 30_000,
  },
});

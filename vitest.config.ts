import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'src/**/*.test.ts',
      'eval/**/*.test.ts',
      'bench/**/*.test.ts',
      'web/src/**/*.test.ts',
      'e2e/**/*.test.ts',
    ],
    environment: 'node',
    testTimeout: 30_000,
    hookTimeout: 60_000,
    // Two cores on CI: keep the worker count small so native engines get a core each.
    maxWorkers: 2,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});

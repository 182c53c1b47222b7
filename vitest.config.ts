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
    // Property tests over every date of five years and the evaluation gates take 20–50 s on a
    // loaded two-core machine; a hang still fails after two minutes.
    testTimeout: 120_000,
    hookTimeout: 60_000,
    // Two cores on CI: keep the worker count small so native engines get a core each.
    maxWorkers: 2,
    typecheck: { enabled: true, include: ['src/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
  },
});

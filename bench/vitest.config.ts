import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // CI runs every package's tests at once on two cores: allow for a loaded machine.
    testTimeout: 30_000,
  },
});

/**
 * Three test projects:
 *  - `unit`: the framework-free core and the data build, in Node;
 *  - `browser`: the elements, in real headless Chromium through Playwright;
 *  - `e2e`: the built site (`dist/`, made by `npm run build` before the tests) served over HTTP
 *    and driven in Chromium the way a visitor or a third-party page uses it.
 * Chromium comes from `test/chromium.ts` (an env override, or the binary in an npm package).
 */
import { playwright } from '@vitest/browser-playwright';
import { defineConfig } from 'vitest/config';
import { CHROMIUM_ARGS, chromiumPath } from './test/chromium.js';

const executablePath = await chromiumPath();
// Test workers inherit the environment, so e2e tests launch the very same binary.
process.env.KOLLEN_CHROMIUM = executablePath;
// pkg: KOLLEN_FIREFOX=/path/to/firefox (a Playwright Firefox build) runs the browser tests in Firefox
// too, for whoever has one; Chromium alone otherwise (see docs/browser-support.md).
const firefox = process.env.KOLLEN_FIREFOX;

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'data/**/*.test.ts', 'scripts/**/*.test.ts', 'cli/**/*.test.ts'],
          setupFiles: ['test/unit-setup.ts'],
          testTimeout: 60_000,
        },
      },
      {
        // Same decorator mode as tsconfig for the browser bundle.
        test: {
          name: 'browser',
          include: ['components/**/*.test.ts'],
          setupFiles: ['test/browser-setup.ts'],
          testTimeout: 30_000,
          browser: {
            enabled: true,
            headless: true,
            screenshotFailures: false,
            provider: playwright({ launchOptions: { executablePath, args: CHROMIUM_ARGS } }),
            instances: [
              { browser: 'chromium' },
              ...(firefox ? [{ browser: 'firefox' as const, provider: playwright({ launchOptions: { executablePath: firefox } }) }] : []),
            ],
            viewport: { width: 1024, height: 768 },
          },
        },
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          testTimeout: 90_000,
          hookTimeout: 90_000,
          fileParallelism: false,
        },
      },
    ],
  },
});

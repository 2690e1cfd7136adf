/**
 * Which Chromium the tests drive. In order:
 *  1. `KOLLEN_CHROMIUM`, a path to any Chromium or Chrome binary (a developer's own browser);
 *  2. the Chromium shipped inside the `@sparticuz/chromium` npm package, unpacked on first use.
 * The second needs nothing beyond `npm ci`: no apt, no browser download from the internet, so a
 * fresh machine with only Node and npm runs the browser tests.
 */
import { existsSync } from 'node:fs';

/** Flags for headless Chromium on a closed-network CI machine running as root. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
  '--no-first-run',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
];

/** Path of the Chromium binary to launch. */
export async function chromiumPath(): Promise<string> {
  const fromEnv = process.env.KOLLEN_CHROMIUM;
  if (fromEnv) {
    if (!existsSync(fromEnv)) throw new Error(`KOLLEN_CHROMIUM=${fromEnv} does not exist`);
    return fromEnv;
  }
  const { default: chromium } = await import('@sparticuz/chromium');
  return chromium.executablePath();
}

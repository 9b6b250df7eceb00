/**
 * Debian's Chromium for the browser tests (playwright-core): where it is, whether the tests run (without
 * /usr/bin/chromium a suite fails under CI=true and is skipped locally, with a message), how it is launched (headless,
 * no sandbox, no GPU, no network of its own) and where screenshots go (test-artifacts/browser/).
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const BROWSER_ARTIFACTS = join(process.cwd(), 'test-artifacts', 'browser');

/** `describe` when Chromium is installed, else `describe.skip` (and an error under CI=true). */
export function describeWithChromium(suite: string): jest.Describe {
  const available = existsSync(CHROMIUM);
  if (!available && process.env.CI === 'true')
    throw new Error(`${suite}: ${CHROMIUM} is missing; install it with "apt-get install -y chromium" (.ci/run does)`);
  if (!available) process.stderr.write(`${suite} skipped: ${CHROMIUM} not installed\n`);
  return available ? describe : describe.skip;
}

/** Launches headless Chromium with the options every browser test uses; creates the screenshot folder. */
export function launchChromium(): Promise<Browser> {
  mkdirSync(BROWSER_ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
    ],
  });
}

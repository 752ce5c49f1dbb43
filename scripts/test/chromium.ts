import { existsSync } from "node:fs";
import { chromium } from "@playwright/test";

/**
 * The Chromium the end-to-end tests drive: CHROMIUM_PATH, else the system's /usr/bin/chromium
 * (Debian's package), else a browser Playwright downloaded itself.
 */

export const NO_CHROMIUM_MESSAGE =
  "No Chromium found. Install one: `sudo apt-get install chromium` (Debian/Ubuntu) or " +
  "`npx playwright install chromium`, or set CHROMIUM_PATH.";

const SYSTEM_CHROMIUM = "/usr/bin/chromium";

/** The browser's path, or undefined when there is none. */
export function findChromium(): string | undefined {
  const configured = process.env.CHROMIUM_PATH;
  if (configured) return existsSync(configured) ? configured : undefined;
  if (existsSync(SYSTEM_CHROMIUM)) return SYSTEM_CHROMIUM;
  const bundled = chromium.executablePath();
  return bundled && existsSync(bundled) ? bundled : undefined;
}

/** Flags for a headless Chromium in containers and offline CI machines. */
export const CHROMIUM_FLAGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

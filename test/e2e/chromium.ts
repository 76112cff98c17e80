import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';

// Where the browser journeys find Chromium: CHROMIUM_PATH, then the places people have it. Probity never
// downloads a browser of its own.

const NAMES = ['chromium', 'chromium-browser', 'google-chrome', 'google-chrome-stable', 'chrome'];
const PLACES = [
  '/usr/bin/chromium',
  '/usr/bin/chromium-browser',
  '/snap/bin/chromium',
  '/usr/bin/google-chrome',
  '/usr/bin/google-chrome-stable',
  '/opt/google/chrome/chrome',
  '/Applications/Chromium.app/Contents/MacOS/Chromium',
  '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
  'C:\\Program Files\\Google\\Chrome\\Application\\chrome.exe',
];

export const HOW_TO_GET_CHROMIUM = [
  'The browser tests need Chromium or Google Chrome, and none was found.',
  'Install it (Debian or Ubuntu: `apt-get install chromium`; macOS: `brew install --cask chromium`),',
  'or point CHROMIUM_PATH at a Chromium or Chrome executable, then run `npm test` again.',
].join('\n');

export class ChromiumNotFound extends Error {}

interface Where {
  env: Record<string, string | undefined>;
  exists(file: string): boolean;
  /** Where Playwright keeps a browser it downloaded, if it ever did on this machine. */
  playwrightBrowser(): string;
}

const here: Where = {
  env: process.env,
  exists: (file) => {
    try {
      return fs.statSync(file).isFile();
    } catch {
      return false;
    }
  },
  playwrightBrowser: () => chromium.executablePath(),
};

/** The Chromium to drive, or a ChromiumNotFound saying how to get one. */
export function findChromium(where: Where = here): string {
  const chosen = where.env.CHROMIUM_PATH;
  if (chosen) {
    if (where.exists(chosen)) return chosen;
    throw new ChromiumNotFound(`CHROMIUM_PATH is ${chosen}, which is not a file.\n${HOW_TO_GET_CHROMIUM}`);
  }
  const onPath = (where.env.PATH ?? '').split(path.delimiter).filter(Boolean).flatMap((dir) => NAMES.map((name) => path.join(dir, name)));
  const candidates = [...PLACES, ...onPath];
  const found = candidates.find((file) => where.exists(file));
  if (found) return found;
  let downloaded = '';
  try {
    downloaded = where.playwrightBrowser();
  } catch {
    // playwright-core knows of no downloaded browser here
  }
  if (downloaded && where.exists(downloaded)) return downloaded;
  throw new ChromiumNotFound(HOW_TO_GET_CHROMIUM);
}

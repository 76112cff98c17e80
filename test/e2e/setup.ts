import { ChromiumNotFound, findChromium } from './chromium.ts';
import { build } from './harness.ts';

// One build of the web app and the server for every journey file: files run side by side, and two builds
// into the same dist/web at once would empty it under a running server.
//
// Without a browser, stop here with one message saying how to get one, before anything is built.
export default function setup() {
  try {
    findChromium();
  } catch (error) {
    if (!(error instanceof ChromiumNotFound)) throw error;
    process.stderr.write(`\n${error.message}\n\n`);
    process.exit(1);
  }
  build();
}

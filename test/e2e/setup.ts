import { buildWebApp } from './harness.ts';

// One build of the web app for every journey file: files run side by side, and two builds into the same
// dist/web at once would empty it under a running server.
export default function setup() {
  buildWebApp();
}

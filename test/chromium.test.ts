import { describe, expect, it } from 'vitest';
import { ChromiumNotFound, HOW_TO_GET_CHROMIUM, findChromium } from './e2e/chromium.ts';

const machine = (files: string[], env: Record<string, string> = {}, downloaded = '') => ({
  env,
  exists: (file: string) => files.includes(file),
  playwrightBrowser: () => downloaded,
});

describe('finding Chromium for the browser tests', () => {
  it('takes CHROMIUM_PATH first', () => {
    expect(findChromium(machine(['/usr/bin/chromium', '/opt/my/chrome'], { CHROMIUM_PATH: '/opt/my/chrome' }))).toBe('/opt/my/chrome');
  });

  it('says so when CHROMIUM_PATH names no file', () => {
    expect(() => findChromium(machine(['/usr/bin/chromium'], { CHROMIUM_PATH: '/nowhere/chrome' }))).toThrow('CHROMIUM_PATH is /nowhere/chrome, which is not a file');
  });

  it('finds it where people have it: Debian’s Chromium, chromium-browser, Google Chrome, on the PATH, or Playwright’s download', () => {
    expect(findChromium(machine(['/usr/bin/chromium']))).toBe('/usr/bin/chromium');
    expect(findChromium(machine(['/usr/bin/chromium-browser']))).toBe('/usr/bin/chromium-browser');
    expect(findChromium(machine(['/opt/google/chrome/chrome']))).toBe('/opt/google/chrome/chrome');
    expect(findChromium(machine(['/home/me/bin/google-chrome'], { PATH: '/home/me/bin' }))).toBe('/home/me/bin/google-chrome');
    expect(findChromium(machine(['/home/me/.cache/ms-playwright/chromium/chrome'], {}, '/home/me/.cache/ms-playwright/chromium/chrome'))).toBe('/home/me/.cache/ms-playwright/chromium/chrome');
  });

  it('stops with one message saying how to get it when there is none', () => {
    expect(() => findChromium(machine([], { PATH: '/usr/local/bin' }, '/home/me/.cache/ms-playwright/none'))).toThrow(ChromiumNotFound);
    expect(() => findChromium(machine([]))).toThrow(HOW_TO_GET_CHROMIUM);
    expect(HOW_TO_GET_CHROMIUM).toContain('CHROMIUM_PATH');
  });
});

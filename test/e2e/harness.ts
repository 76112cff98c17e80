import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { findChromium } from './chromium.ts';
import { startArguments } from '../../src/cli/start-command.ts';

// What the browser journeys need: the built web app, a real Probity server with the demo organisations
// on a fresh embedded database, one Chromium, and an accessibility check for every page visited.

const root = fileURLToPath(new URL('../../', import.meta.url));

export const DEMO_PASSWORD = 'probity-demo-2026';

/** Waits for the page's main heading. */
export const heading = (page: Page, name: string | RegExp) => page.getByRole('heading', { level: 1, name }).waitFor();

/**
 * Builds the web app into dist/web and compiles the server into dist/server, as `npm start` does (and as
 * `npm run build`, whatever was built before): once for all the journeys (test/e2e/setup.ts).
 */
export function build(): void {
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(root, 'src/cli/build.ts'), '--force'], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`the build failed:\n${result.stdout}\n${result.stderr}`);
}

export interface Server {
  url: string;
  /** Everything the server has printed so far. */
  output(): string;
  stop(): Promise<void>;
}

/**
 * The server as `npm start` runs it (compiled from `src/server/main.ts`), as its own process, on a free port
 * and a new data directory. Its log is kept to warnings unless `defaultLog` asks for what `npm start` prints
 * when nothing is set.
 */
export async function startServer(options: { defaultLog?: boolean } = {}): Promise<Server> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-e2e-'));
  const { LOG_LEVEL: _ignored, ...inherited } = process.env;
  const child: ChildProcess = spawn(process.execPath, startArguments(root), {
    cwd: root,
    env: {
      ...inherited,
      PORT: '0',
      HOST: '127.0.0.1',
      PROBITY_DATA_DIR: dataDir,
      PROBITY_DEMO: '1',
      PROBITY_DEMO_PASSWORD: DEMO_PASSWORD,
      ...(options.defaultLog ? {} : { LOG_LEVEL: 'warn' }),
      DATABASE_URL: '',
      SMTP_URL: '',
      PUBLIC_URL: '',
      PROBITY_WEB_DEV: '',
      // A single sign-on provider, so that the sign-in page offers it; nothing here contacts it.
      OIDC_PROVIDERS: JSON.stringify([{ id: 'example-school', name: 'Example School', issuer: 'https://sign-in.example.invalid', clientId: 'probity', clientSecret: 'not-a-secret' }]),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  const url = await new Promise<string>((resolve, reject) => {
    // A first start seeds the demo; on a busy two-core machine that has taken over a minute.
    const timer = setTimeout(() => reject(new Error(`the server did not start within 110 s:\n${output}`)), 110_000);
    const look = () => {
      // The whole banner, so that what a person starting it reads is all there.
      const match = /Stop with Ctrl\+C/.test(output) && /Probity is running at (\S+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      } else if (child.exitCode !== null) {
        clearTimeout(timer);
        reject(new Error(`the server stopped (${child.exitCode}):\n${output}`));
      } else setTimeout(look, 50);
    };
    look();
  });
  return {
    url,
    output: () => output,
    async stop() {
      if (child.exitCode === null) {
        child.kill('SIGTERM');
        await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 10_000))]);
        if (child.exitCode === null) child.kill('SIGKILL');
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: findChromium(),
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** A fresh browser profile (no cookies) whose pages report any Content Security Policy violation. */
export async function newVisitor(browser: Browser, baseURL: string, viewport = { width: 1280, height: 800 }): Promise<{ context: BrowserContext; page: Page; cspViolations: string[] }> {
  const context = await browser.newContext({ baseURL, viewport, reducedMotion: 'reduce' });
  const page = await context.newPage();
  const cspViolations: string[] = [];
  page.on('console', (message) => {
    if (/Content Security Policy/i.test(message.text())) cspViolations.push(message.text());
  });
  page.on('pageerror', (error) => cspViolations.push(`page error: ${error.message}`));
  return { context, page, cspViolations };
}

/** Fails on any serious or critical WCAG 2.2 A/AA violation that axe-core finds on the page as it is now. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']).analyze();
  const serious = results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
  expect(serious, `accessibility of ${where}`).toEqual([]);
}

/** Signs in through the form, as a person would, and waits for the home page. */
export async function signIn(page: Page, email: string, password = DEMO_PASSWORD): Promise<void> {
  await page.goto('/sign-in');
  await page.getByLabel('Email address').fill(email);
  await page.getByLabel('Password', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.getByRole('heading', { level: 1, name: /^Welcome, / }).waitFor();
}

/** Chooses an organisation in the masthead's switcher. */
export async function switchOrganisation(page: Page, name: string): Promise<void> {
  await page.getByLabel('Organisation', { exact: true }).selectOption({ label: name });
  await page.getByRole('button', { name: 'Switch' }).click();
  await expect.poll(() => page.locator('.lede').textContent()).toContain(name);
}

/** The viewports the journeys use: a phone, and a desk. */
export const PHONE = { width: 390, height: 844 };
export const DESK = { width: 1280, height: 800 };

/** The demo organisations, as the organisation switcher names them. */
export const TRUST = 'Demo Academy Trust';
export const SOCIETY = 'Demo Society for Education and Training';

/** Passes axe, and nothing scrolls sideways. */
export async function expectUsable(page: Page, where: string): Promise<void> {
  await expectAccessible(page, where);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.page, `sideways scrolling on ${where}`).toBeLessThanOrEqual(widths.screen);
}

/** Follows a link of the main navigation, behind the Menu button on a phone. */
export async function navigate(page: Page, link: string): Promise<void> {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const menu = nav.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await nav.getByRole('link', { name: link, exact: true }).click();
}

import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { server as compiledServer, staleBecause, web } from '../../src/cli/build.ts';
import { startArguments } from '../../src/cli/start-command.ts';
import { DESK, expectAccessible, heading, launchBrowser, newVisitor, PHONE, signIn, startServer, switchOrganisation, type Server } from './harness.ts';

// Everyday use, as a first week shows it: on a phone and at a desk, the navigation, the development
// dashboard's draft year, what a person sees after an action, and starting Probity. The server runs as
// `npm start` runs it, with the default log, so that what a person starting it reads is checked too.

const root = fileURLToPath(new URL('../../', import.meta.url));

let browser: Browser;
let server: Server;

beforeAll(async () => {
  // `npm start`'s server with the log left at its default, so that what a person starting it reads is checked too.
  [server, browser] = await Promise.all([startServer({ defaultLog: true }), launchBrowser()]);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });

/** Nothing on the page scrolls sideways: not the page, and not a table inside its card. */
async function expectNoSidewaysScrolling(page: Page, where: string) {
  const overflow = await page.evaluate(() => {
    const found: string[] = [];
    const width = window.innerWidth;
    if (document.documentElement.scrollWidth > width) found.push(`the page is ${document.documentElement.scrollWidth} px wide`);
    for (const region of Array.from(document.querySelectorAll<HTMLElement>('.table-region'))) {
      if (region.scrollWidth > region.clientWidth + 1) found.push(`the table "${region.querySelector('caption')?.textContent}" scrolls (${region.scrollWidth} in ${region.clientWidth} px)`);
    }
    return found;
  });
  expect(overflow, `sideways scrolling on ${where}`).toEqual([]);
}

/** Every link, button and field in a table row is on screen, within the window's width. */
async function expectRowActionsVisible(page: Page, where: string) {
  const hidden = await page.evaluate(() => {
    const found: string[] = [];
    for (const control of Array.from(document.querySelectorAll<HTMLElement>('.table-region tbody tr :is(a, button, input, select, summary)'))) {
      if (control.closest('details:not([open])') && control.tagName !== 'SUMMARY') continue;
      const box = control.getBoundingClientRect();
      const style = getComputedStyle(control);
      if (style.visibility === 'hidden' || style.display === 'none' || box.width === 0) {
        if (control.getAttribute('type') !== 'hidden') found.push(`${control.textContent?.trim() || control.tagName} is hidden`);
      } else if (box.left < 0 || box.right > window.innerWidth) found.push(`${control.textContent?.trim() || control.tagName} is off screen (${Math.round(box.left)} to ${Math.round(box.right)} px)`);
    }
    return found;
  });
  expect(hidden, `row actions on ${where}`).toEqual([]);
}

/** On a phone: opens the menu with the keyboard and follows one of its links. */
async function goByMenu(page: Page, link: string) {
  const menu = nav(page).getByRole('button', { name: 'Menu' });
  expect(await menu.getAttribute('aria-expanded')).toBe('false');
  await menu.focus();
  await page.keyboard.press('Enter');
  expect(await menu.getAttribute('aria-expanded')).toBe('true');
  await nav(page).getByRole('link', { name: link, exact: true }).click();
}

/** Every page a person's navigation offers, on a phone: fits, shows each row's actions, passes axe. */
async function visitEveryPageOnAPhone(page: Page, who: string) {
  const menu = nav(page).getByRole('button', { name: 'Menu' });
  await menu.click();
  const links = await nav(page).getByRole('link').allTextContents();
  await menu.click();
  expect(links.length).toBeGreaterThan(3);
  for (const link of links) {
    await goByMenu(page, link);
    await page.locator('h1').first().waitFor();
    await page.locator('.loading').first().waitFor({ state: 'detached' });
    // The menu folds away once a page is chosen.
    expect(await nav(page).getByRole('button', { name: 'Menu' }).getAttribute('aria-expanded')).toBe('false');
    const where = `${who}'s "${link}" on a phone`;
    await expectNoSidewaysScrolling(page, where);
    await expectRowActionsVisible(page, where);
    await expectAccessible(page, where);
  }
  return links;
}

describe('everyday use', () => {
  it('folds the navigation behind a menu on a phone, and shows every page of an admin and a teacher without sideways scrolling, each row with its action', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'admin@demo.test');
    await switchOrganisation(page, 'Demo Academy Trust');
    // Folded: the links are not shown until the menu is opened.
    await nav(page).getByRole('link', { name: 'People', exact: true }).waitFor({ state: 'hidden' });
    const menu = nav(page).getByRole('button', { name: 'Menu' });
    await menu.focus();
    await page.keyboard.press('Space');
    await nav(page).getByRole('link', { name: 'People', exact: true }).waitFor();
    await expectAccessible(page, 'the open menu on a phone');
    // Escape folds it again and leaves focus on the button.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    expect(await menu.getAttribute('aria-expanded')).toBe('false');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Menu');

    const adminPages = await visitEveryPageOnAPhone(page, 'the admin');
    expect(adminPages).toEqual(expect.arrayContaining(['Your deadlines', 'Deadlines you oversee', 'Codes adopted here', 'Audit trail', 'Outbox', 'Import people']));
    // The codes library, the overdue report and a person's page are a link away.
    await goByMenu(page, 'Codes adopted here');
    await page.getByRole('link', { name: 'The whole library' }).click();
    await heading(page, 'The codes library');
    await expectNoSidewaysScrolling(page, 'the codes library on a phone');
    await goByMenu(page, 'Deadlines you oversee');
    await page.getByRole('link', { name: 'Overdue report' }).click();
    await page.getByRole('table').first().waitFor();
    await expectNoSidewaysScrolling(page, 'the overdue report on a phone');
    await expectRowActionsVisible(page, 'the overdue report on a phone');
    await expectAccessible(page, 'the overdue report on a phone');
    // A stacked row names each of its cells by its column.
    const overdueRow = page.getByRole('table').first().getByRole('row').nth(1);
    expect(await overdueRow.locator('td[data-label]').count()).toBeGreaterThan(0);
    await context.close();

    const teacher = await newVisitor(browser, server.url, PHONE);
    await signIn(teacher.page, 'teacher@demo.test');
    await switchOrganisation(teacher.page, 'Demo Academy Trust');
    const teacherPages = await visitEveryPageOnAPhone(teacher.page, 'the teacher');
    expect(teacherPages).toContain('Your deadlines');
    expect(teacherPages).not.toContain('Audit trail');
    // Their deadlines: "Read and confirm" and "Mark as met" on screen in each row.
    await goByMenu(teacher.page, 'Your deadlines');
    const mine = teacher.page.getByRole('table', { name: 'Your deadlines, soonest first' });
    const readAndConfirm = mine.getByRole('link', { name: /^Read and confirm/ }).first();
    await readAndConfirm.waitFor();
    const box = (await readAndConfirm.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(PHONE.width);
    expect(await readAndConfirm.isVisible()).toBe(true);
    expect(cspViolations.concat(teacher.cspViolations)).toEqual([]);
    await teacher.context.close();
    // Every page of two people, each checked for accessibility: about 80 s alone, and longer beside the other suites.
  }, 240_000);

  it("groups an admin's links by what they are for, with no two named alike, at a desk and on a phone", async () => {
    for (const viewport of [DESK, PHONE]) {
      const { context, page, cspViolations } = await newVisitor(browser, server.url, viewport);
      await signIn(page, 'admin@demo.test');
      await switchOrganisation(page, 'Demo Academy Trust');
      if (viewport === PHONE) await nav(page).getByRole('button', { name: 'Menu' }).click();
      const groups = nav(page).getByRole('list');
      expect(await groups.evaluateAll((lists) => lists.map((list) => list.getAttribute('aria-labelledby') && document.getElementById(list.getAttribute('aria-labelledby')!)?.textContent))).toEqual(['Your work', 'The organisation', 'Oversight']);
      const work = nav(page).getByRole('list', { name: 'Your work' });
      expect(await work.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Home', 'Your deadlines']));
      const oversight = nav(page).getByRole('list', { name: 'Oversight' });
      expect(await oversight.getByRole('link').allTextContents()).toEqual(expect.arrayContaining(['Deadlines you oversee', 'Attestation', 'Audit trail']));
      const names = await nav(page).getByRole('link').allTextContents();
      // The near-duplicates are gone: none is just "Deadlines" or "Codes".
      expect(names).not.toContain('Deadlines');
      expect(names).not.toContain('Codes');
      expect(new Set(names).size).toBe(names.length);
      await expectAccessible(page, `the admin's navigation at ${viewport.width} px`);

      // Each name says what the page is for, and the page says the same.
      await nav(page).getByRole('link', { name: 'Codes adopted here', exact: true }).click();
      await heading(page, 'Codes adopted here');
      await page.getByRole('link', { name: 'The whole library' }).click();
      await heading(page, 'The codes library');
      if (viewport === PHONE) await nav(page).getByRole('button', { name: 'Menu' }).click();
      await nav(page).getByRole('link', { name: 'Deadlines you oversee', exact: true }).click();
      await heading(page, 'Deadlines you oversee');
      if (viewport === PHONE) await nav(page).getByRole('button', { name: 'Menu' }).click();
      expect(await nav(page).getByRole('link', { name: 'Deadlines you oversee', exact: true }).getAttribute('aria-current')).toBe('page');
      expect(cspViolations).toEqual([]);
      await context.close();
    }

    // A teacher has their own work and the organisation's codes and people: no oversight.
    const { context, page } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'teacher@demo.test');
    await switchOrganisation(page, 'Demo Academy Trust');
    await nav(page).getByRole('list', { name: 'Your work' }).waitFor();
    expect(await nav(page).getByRole('list', { name: 'Oversight' }).count()).toBe(0);
    await context.close();
  });

  it("marks this year's self-assessment as a draft on the dashboard, compares it like with like with last year, and says which standards are not yet rated this year", async () => {
    for (const viewport of [DESK, PHONE]) {
      const { context, page, cspViolations } = await newVisitor(browser, server.url, viewport);
      await signIn(page, 'member@demo.test');
      if (viewport === PHONE) await nav(page).getByRole('button', { name: 'Menu' }).click();
      await nav(page).getByRole('link', { name: 'Your development' }).click();
      await heading(page, 'Your development');

      // The years come from the page: the draft is the one marked so in the table of averages.
      const averages = page.getByRole('table', { name: 'Average rating per year' });
      const draftRow = averages.getByRole('row').filter({ hasText: 'Draft' });
      await draftRow.waitFor();
      const draftYear = Number(/\d{4}/.exec((await draftRow.getByRole('rowheader').textContent())!)![0]);
      expect(await draftRow.getByRole('cell').textContent()).toMatch(/so far: over the \d+ of 20 standards rated$/);

      // Each standard's rating per year, read from the table of ratings.
      const ratings = page.getByRole('table', { name: 'Ratings for each standard, every year' });
      const yearHeads = (await ratings.getByRole('columnheader').allTextContents()).slice(1, -1);
      const draftColumn = yearHeads.indexOf(`${draftYear} (draft)`);
      expect(draftColumn).toBeGreaterThan(0);
      const previousYear = Number(yearHeads[draftColumn - 1]);
      const rows = await ratings.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => Array.from(tr.querySelectorAll('td')).map((td) => td.textContent ?? '')));
      const level = (words: string) => Number(/\((\d)\)/.exec(words)?.[1] ?? NaN);
      const both = rows.filter((cells) => !Number.isNaN(level(cells[draftColumn]!)) && !Number.isNaN(level(cells[draftColumn - 1]!)));
      // A standard rated last year but not yet in this year's draft says so.
      const notYet = rows.filter((cells) => cells[draftColumn]!.startsWith('Not yet rated') && !Number.isNaN(level(cells[draftColumn - 1]!)));
      expect(notYet.length).toBeGreaterThan(0);
      for (const cells of notYet) expect(cells.at(-1)).toBe('Not yet rated this year');
      expect(await ratings.textContent()).not.toContain('No earlier rating');

      // Like with like: last year's average over the same standards as the draft's, as the page says.
      const average = (values: number[]) => new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }).format(Math.round((values.reduce((a, b) => a + b, 0) / values.length) * 100) / 100);
      const draftAverage = average(both.map((cells) => level(cells[draftColumn]!)));
      const previousAverage = average(both.map((cells) => level(cells[draftColumn - 1]!)));
      const soFar = page.locator('.draft-panel');
      expect(await soFar.textContent()).toContain(`Over the same ${both.length} standard${both.length === 1 ? '' : 's'}, rated in both years: ${draftAverage} in the ${draftYear} draft, against ${previousAverage} in ${previousYear}.`);
      const compared = page.getByRole('figure', { name: `The ${draftYear} draft against ${previousYear}, over the same ${both.length} standard${both.length === 1 ? '' : 's'}, out of 4` });
      expect(await compared.textContent()).toContain(`${draftYear} (draft)`);
      // The chart of full years leaves the draft out.
      const yearly = page.getByRole('figure', { name: /^Average rating across the standards, out of 4, in the years submitted/ });
      expect(await yearly.textContent()).not.toContain(String(draftYear));
      if (viewport === PHONE) await expectNoSidewaysScrolling(page, 'the development dashboard on a phone');
      await expectAccessible(page, `the development dashboard at ${viewport.width} px`);
      expect(cspViolations).toEqual([]);
      await context.close();
    }
  });

  it('shows the confirmation of an action where the person is looking, announces it, and resets the form that did it', async () => {
    for (const [viewport, code] of [
      [DESK, 'Code of Practice'],
      [PHONE, 'Professional Standards for Teachers and Trainers'],
    ] as const) {
      const { context, page, cspViolations } = await newVisitor(browser, server.url, viewport);
      await signIn(page, 'admin@demo.test');
      await switchOrganisation(page, 'Demo Association of Education Advisers');
      if (viewport === PHONE) await nav(page).getByRole('button', { name: 'Menu' }).click();
      await nav(page).getByRole('link', { name: 'Codes adopted here', exact: true }).click();
      await heading(page, 'Codes adopted here');
      const form = page.getByRole('region', { name: 'Adopt a code' });
      const codeField = form.getByLabel('Code', { exact: true });
      const option = (await codeField.locator('option').allTextContents()).find((label) => label.startsWith(`${code} (`));
      expect(option).toBeDefined();
      await codeField.selectOption({ label: option! });
      await form.getByRole('button', { name: 'Adopt the code' }).click();

      const done = form.getByRole('status').locator('.notice', { hasText: 'Done: Adopted' });
      await done.waitFor();
      // Focused, so announced and in view, though the button pressed is at the foot of a long form.
      await expect.poll(() => done.evaluate((notice) => notice === document.activeElement)).toBe(true);
      const box = (await done.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(0);
      expect(box.y).toBeLessThan(viewport.height);
      // The form has done its job: it starts again rather than inviting a second adoption.
      expect(await codeField.inputValue()).toBe('');
      expect(await form.getByLabel('Version', { exact: true }).inputValue()).toBe('');
      expect(await done.textContent()).toContain(code);
      await expectAccessible(page, `the codes page after adopting one, at ${viewport.width} px`);
      expect(cspViolations).toEqual([]);
      await context.close();
    }
  });

  it('starts with a log a person can read: the address and the sign-ins, no request lines, and the setting that shows them', async () => {
    // By now the journeys above have made hundreds of requests.
    const output = server.output();
    expect(output).toMatch(/^Probity is running at http:\/\/127\.0\.0\.1:\d+$/m);
    expect(output).toContain('admin@demo.test');
    expect(output).toContain('teacher@demo.test');
    expect(output).toContain('LOG_LEVEL=info npm start shows each request');
    expect(output).not.toMatch(/"req":|"res":|incoming request|request completed/);
    // The web app and the server built for these journeys are those `npm start` would run: it would not build again.
    expect(staleBecause(web)).toBeNull();
    expect(staleBecause(compiledServer)).toBeNull();
  });

  it('says in one line that the port is taken and how to choose another, without a stack trace', async () => {
    const taken = net.createServer();
    await new Promise<void>((resolve) => taken.listen(0, '127.0.0.1', resolve));
    const port = (taken.address() as net.AddressInfo).port;
    const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-port-'));
    try {
      const child = spawn(process.execPath, startArguments(root), {
        cwd: root,
        env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', PROBITY_DATA_DIR: dataDir, DATABASE_URL: '' },
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let output = '';
      child.stdout!.on('data', (chunk) => (output += chunk));
      child.stderr!.on('data', (chunk) => (output += chunk));
      const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
      expect(code).toBe(1);
      expect(output.trim().split('\n')).toEqual([`Probity cannot start: port ${port} on 127.0.0.1 is already in use (is Probity already running?); start it on another port, for example: PORT=${port + 1} npm start`]);
    } finally {
      taken.close();
      fs.rmSync(dataDir, { recursive: true, force: true });
    }
  });
});

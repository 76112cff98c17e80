import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK, expectUsable, heading, launchBrowser, navigate, newVisitor, PHONE, signIn, startServer, switchOrganisation, TRUST, type Server } from './harness.ts';

// The provisions report as people meet it: Northfield's principal opens it on a phone, reads which provisions
// the demo's records cite, a chart with its figures as a table and the training it points to, kept to their
// own academy, and follows a provision to its text in the codes library; the trust's admin sees every
// academy. Every page is checked with axe-core.

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the provisions report', () => {
  it('lets the principal read the provisions most involved on a phone and follow one to its text', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'principal@demo.test');
    await navigate(page, 'Provisions most involved');
    await heading(page, 'Provisions most involved');
    const table = page.getByRole('table', { name: /^Records citing each provision, by kind/ });
    const first = table.getByRole('rowheader').first();
    await first.waitFor();
    // Kept to their own academy: the table by academy has one column of academies.
    const byAcademy = page.getByRole('table', { name: /^Records citing each provision, by academy/ });
    expect(await byAcademy.getByRole('columnheader').count()).toBe(2);
    await page.getByRole('region', { name: 'Turn it into training' }).or(page.getByText('Every provision in this period is cited fewer than 5 times.')).first().waitFor();
    await expectUsable(page, 'the provisions report on a phone');

    const link = first.getByRole('link');
    const words = (await link.textContent())!;
    const href = (await link.getAttribute('href'))!;
    expect(href).toMatch(/^\/codes\/[^/]+\/[^/]+#p-/);
    await link.click();
    await page.waitForURL((url) => url.pathname === href.split('#')[0]);
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(words).toContain(',');
    await expectUsable(page, 'a provision followed from the report, on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the trust’s admin every academy', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'admin@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Provisions most involved');
    await heading(page, 'Provisions most involved');
    const byAcademy = page.getByRole('table', { name: /^Records citing each provision, by academy/ });
    await byAcademy.waitFor();
    expect(await byAcademy.getByRole('columnheader').count()).toBeGreaterThan(2);
    await expectUsable(page, 'the provisions report for the whole trust');
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

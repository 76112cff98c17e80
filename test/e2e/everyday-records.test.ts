import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK, expectAccessible, heading, launchBrowser, newVisitor, PHONE, signIn, startServer, switchOrganisation, type Server } from './harness.ts';

// The records people meet every day, as a first week shows them: citations they can follow, a leader's
// scope at a glance, the audit trail in plain words, an inbox that leads to its records, and a staff list
// imported from a spreadsheet. At desktop width and on a 390-pixel phone, checked with axe-core.

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});


/** The page does not scroll sideways. */
async function expectNoSidewaysScroll(page: Page, where: string) {
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.page, `sideways scrolling on ${where}`).toBeLessThanOrEqual(widths.screen);
}

describe('citations a reader can follow', () => {
  it('names each deadline’s code and provision as the code does, and leads to the provision, at desktop and phone widths', async () => {
    for (const viewport of [DESK, PHONE]) {
      const { context, page, cspViolations } = await newVisitor(browser, server.url, viewport);
      await signIn(page, 'teacher@demo.test');
      await page.goto('/deadlines');
      await heading(page, 'Your deadlines');
      const mine = page.getByRole('table', { name: 'Your deadlines, soonest first' });
      const notify = mine.getByRole('row').filter({ hasText: 'Notify SET of a disciplinary investigation' });
      const provision10 = notify.getByRole('link', { name: 'SET Code of Practice, provision 10' });
      expect(await provision10.getAttribute('href')).toBe('/codes/set-code-of-practice/2018#p-10');
      expect(await notify.textContent()).not.toMatch(/\b00\d\b/);
      // Confirming a code cites that code itself, not the trust's staff code.
      const confirmPractice = mine.getByRole('row').filter({ hasText: 'Read and confirm: Code of Practice (2018)' });
      expect(await confirmPractice.getByRole('link', { name: 'SET Code of Practice', exact: true }).getAttribute('href')).toBe('/codes/set-code-of-practice/2018');
      expect(await confirmPractice.textContent()).not.toContain('ATT');
      const confirmConduct = mine.getByRole('row').filter({ hasText: 'Read and confirm: Code of Conduct (2020)' });
      expect(await confirmConduct.getByRole('link', { name: 'ATT Code of Conduct', exact: true }).getAttribute('href')).toBe('/codes/att-staff-code-of-conduct/2020');
      await expectAccessible(page, `your deadlines with their citations at ${viewport.width} px`);
      await expectNoSidewaysScroll(page, `your deadlines at ${viewport.width} px`);

      await provision10.click();
      await heading(page, 'Code of Practice (2018)');
      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('p-10');
      expect(cspViolations).toEqual([]);
      await context.close();
    }
  });

  it('puts the citation in the calendar feed with the provision’s address', async () => {
    const { context, page } = await newVisitor(browser, server.url);
    await signIn(page, 'teacher@demo.test');
    await page.goto('/deadlines');
    await heading(page, 'Your deadlines');
    await page.getByRole('button', { name: 'Make a calendar address' }).click();
    const address = await page.getByLabel('Calendar address').inputValue();
    const ics = (await (await page.request.get(address)).text()).replace(/\r\n /g, '');
    expect(ics).toContain('SET Code of Practice\\, provision 10: ');
    expect(ics).toContain('/codes/set-code-of-practice/2018#p-10');
    expect(ics).not.toMatch(/\b00\d\b §/);
    await context.close();
  });

  it('names the code and provision of every cross-reference in the code reader, and what an untitled section is about', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'teacher@demo.test');
    await page.goto('/codes/set-code-of-practice/2018');
    await heading(page, 'Code of Practice (2018)');
    const standards = page.getByRole('link', { name: /^Professional Standards for Teachers and Trainers.*, provisions 1 to 20$/ }).first();
    expect(await standards.getAttribute('href')).toBe('/codes/set-professional-standards/2014#p-standards');
    const policy = page.getByRole('link', { name: /Support policy for the QTLS and ATS professional status programmes.*, provision 4\.1/ });
    expect(await policy.getAttribute('href')).toBe('/codes/set-qtls-ats-support-policy/2022#p-4.1');
    expect(await page.locator('.provision-meta').allTextContents()).not.toContainEqual(expect.stringMatching(/set professional standards standards|set qtls ats support policy/));
    await expectAccessible(page, 'a code with cross-references to other codes');

    await page.goto('/codes/att-staff-code-of-conduct/2020');
    await heading(page, 'Code of Conduct (2020)');
    const contents = page.getByRole('navigation', { name: 'Contents' });
    const untitled = contents.getByRole('link', { name: /^21 \(untitled: “Working in an educational trust means/ });
    expect(await untitled.getAttribute('href')).toBe('#p-21');
    // Its reference to the Society's code names that code and provision.
    expect(await page.getByRole('link', { name: 'SET Code of Practice, provision 10.2' }).getAttribute('href')).toBe('/codes/set-code-of-practice/2018#p-10.2');
    await expectAccessible(page, 'a code’s contents');
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

describe('the inbox', () => {
  it('leads each notice to its deadline, says where that deadline stands now, and starts each with a capital letter', async () => {
    for (const viewport of [DESK, PHONE]) {
      const { context, page, cspViolations } = await newVisitor(browser, server.url, viewport);
      await signIn(page, 'teacher@demo.test');
      await page.goto('/inbox');
      await heading(page, 'Inbox');
      const notices = page.locator('li.notification');
      await notices.first().waitFor();
      for (const title of await page.locator('.notification-title').allTextContents()) expect(title).toMatch(/^[A-Z]/);
      for (const body of await notices.locator('> p:not(.notification-meta):not(.notification-about)').allTextContents()) expect(body).toMatch(/^[A-Z]/);

      const notify = notices.filter({ hasText: 'Notify SET of a disciplinary investigation' }).first();
      expect(await notify.getByRole('link', { name: 'SET Code of Practice, provision 10' }).getAttribute('href')).toBe('/codes/set-code-of-practice/2018#p-10');
      expect(await notify.locator('.notification-about').textContent()).toMatch(/^Now: (Upcoming|Due soon|Overdue) due by /);
      await expectAccessible(page, `the inbox at ${viewport.width} px`);
      await expectNoSidewaysScroll(page, `the inbox at ${viewport.width} px`);
      await context.close();
      expect(cspViolations).toEqual([]);
    }

    // A deadline met since its notice: the notice says so, and leads to the deadline.
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'teacher@demo.test');
    await page.goto('/deadlines');
    await page.getByRole('button', { name: /^Mark as met\s*: Complete the safeguarding refresher$/ }).click();
    await page.getByText('“Complete the safeguarding refresher” is marked as met').waitFor();
    await page.goto('/inbox');
    await heading(page, 'Inbox');
    const met = page.locator('li.notification').filter({ has: page.getByRole('heading', { name: 'Met late: Complete the safeguarding refresher' }) });
    await met.first().waitFor();
    expect(await page.getByRole('heading', { name: 'New deadline: Complete the safeguarding refresher' }).count()).toBe(0);
    expect(await met.first().locator('.notification-about').textContent()).toMatch(/^Now: Met late met /);
    await met.first().getByRole('link', { name: 'Met late: Complete the safeguarding refresher' }).click();
    await heading(page, 'Your deadlines');
    expect(new URL(page.url()).hash).toMatch(/^#deadline-[0-9a-f-]{36}$/);
    const row = page.locator(new URL(page.url()).hash);
    await expect.poll(() => row.textContent()).toContain('Complete the safeguarding refresher');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe(new URL(page.url()).hash.slice(1));
    await expectAccessible(page, 'a deadline reached from the inbox');
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

describe('the audit trail in plain words', () => {
  it('says who did what to whom in words, in UK time, counts correctly and filters by person, action and date, without running off the page', async () => {
    for (const viewport of [DESK, PHONE]) {
      const { context, page, cspViolations } = await newVisitor(browser, server.url, viewport);
      await signIn(page, 'auditor@demo.test');
      await switchOrganisation(page, 'Demo Academy Trust');
      const card = page.locator('.card').filter({ has: page.getByRole('link', { name: 'Audit trail' }) });
      expect(await card.textContent()).toContain('Who did what, when');
      await page.goto(`${new URL(page.url()).pathname}/audit`);
      await heading(page, 'Audit trail');
      const count = page.getByText(/^Entries 1 to \d+ of \d+, newest first\. Times are UK time\.$/);
      await count.waitFor();
      const [, last, total] = /^Entries 1 to (\d+) of (\d+)/.exec((await count.textContent())!)!.map(Number);
      expect(last).toBeLessThanOrEqual(total!);
      expect(last).toBe(Math.min(50, total!));
      const table = page.getByRole('table', { name: /^Audit trail of Demo Academy Trust/ });
      const rows = table.getByRole('row');
      // What each row says before its identifiers are opened: a sentence, never an event key.
      const sentences = await table.locator('tbody tr td:nth-child(2)').evaluateAll((cells) => cells.map((cell) => cell.childNodes[0]?.textContent ?? ''));
      for (const sentence of sentences) expect(sentence).toMatch(/^[A-Z][^.]* [a-z][^_]*\.$/);
      for (const sentence of sentences) expect(sentence).not.toMatch(/\b[a-z]+(_[a-z]+)*\.[a-z]+(_[a-z]+)*\b/);
      expect(await rows.nth(1).getByRole('cell').first().textContent()).toMatch(/^\d{1,2} [A-Z][a-z]{2} \d{4}, \d{2}:\d{2}:\d{2}$/);
      // The identifiers are there on demand.
      await rows.nth(1).locator('summary').click();
      await rows.nth(1).getByText('Entry', { exact: true }).waitFor();
      expect(await rows.nth(1).locator('details code').first().textContent()).toMatch(/^[a-z_]+\.[a-z_]+$/);
      await expectAccessible(page, `the audit trail at ${viewport.width} px`);
      await expectNoSidewaysScroll(page, `the audit trail at ${viewport.width} px`);
      if (viewport === DESK) {
        const region = await page.locator('.table-region').first().evaluate((el) => ({ content: el.scrollWidth, box: el.clientWidth }));
        expect(region.content, 'the audit table runs off its card at 1280 px').toBeLessThanOrEqual(region.box);
      }

      // By what happened, by person, by date.
      await page.getByLabel('Done by').fill('ada');
      await page.getByLabel('What happened').selectOption({ label: 'Set a deadline' });
      await page.getByRole('button', { name: 'Search the trail' }).click();
      // To whom, by name.
      await table.getByText(/^Ada Admin set a deadline: (Tariq Teacher|Dana Safeguarding)\.$/).first().waitFor();
      await page.getByLabel('What happened').selectOption({ label: 'Adopted a code' });
      await page.getByRole('button', { name: 'Search the trail' }).click();
      await table.getByText('Ada Admin adopted a code.').first().waitFor();
      expect(new URL(page.url()).searchParams.get('action')).toBe('code.adopted');
      const filtered = await table.getByRole('row').allTextContents();
      expect(filtered.length).toBeGreaterThan(1);
      for (const row of filtered.slice(1)) expect(row).toMatch(/Ada Admin adopted a code\./);
      await page.getByLabel('To', { exact: true }).fill('2000-01-01');
      await page.getByRole('button', { name: 'Search the trail' }).click();
      await page.getByText('No entries match.').waitFor();
      await expectAccessible(page, `the filtered audit trail at ${viewport.width} px`);
      expect(cspViolations).toEqual([]);
      await context.close();
    }
  });

  it('does not promise the entries to an admin who may not read them', async () => {
    const { context, page } = await newVisitor(browser, server.url);
    await signIn(page, 'admin@demo.test');
    await switchOrganisation(page, 'Demo Academy Trust');
    await heading(page, /^Welcome, /);
    expect(await page.locator('main').textContent()).not.toContain('Who did what, when');
    await expectAccessible(page, "the admin's home page");
    await context.close();
  });
});

describe('importing a staff list', () => {
  it('reads UK dates, names roles as people write them, offers a template with every column, and never says "Done" before importing', async () => {
    for (const viewport of [DESK, PHONE]) {
      const { context, page, cspViolations } = await newVisitor(browser, server.url, viewport);
      await signIn(page, 'admin@demo.test');
      await switchOrganisation(page, 'Demo Academy Trust');
      await page.goto(`${new URL(page.url()).pathname}/import`);
      await heading(page, 'Import people');
      // Every column the hint lists is in the example and in the template, and nothing else.
      const hint = (await page.locator('#csv-hint').textContent())!;
      const listed = [...hint.matchAll(/\b([a-z]+(?:_[a-z]+)*)(?= \(|,|\.$)/g)].map((m) => m[1]!).filter((c) => /^(email|given_name|family_name|roles|academy|region|job_role|line_manager_email|member_number|membership_status|started_on)$/.test(c));
      expect(listed).toEqual(['email', 'given_name', 'family_name', 'roles', 'academy', 'region', 'job_role', 'line_manager_email', 'started_on']);
      await page.getByText('See an example').click();
      const example = (await page.locator('details pre').textContent())!;
      expect(example.split('\n')[0]!.split(',')).toEqual(listed);
      const template = page.getByRole('link', { name: 'Download a template with every column (CSV)' });
      const href = (await template.getAttribute('href'))!;
      expect(decodeURIComponent(href.replace(/^data:text\/csv;charset=utf-8,/, '')).split('\n')[0]!.split(',')).toEqual(listed);
      expect(await template.getAttribute('download')).toBe('staff-list-template.csv');
      await expectAccessible(page, `the import page at ${viewport.width} px`);
      await expectNoSidewaysScroll(page, `the import page at ${viewport.width} px`);

      const header = 'email,given_name,family_name,roles,academy,region,job_role,line_manager_email,started_on';
      const who = viewport.width;
      const good = `uk.date.${who}@example.org,Uma,Date,staff,Northfield Academy,,Teacher of Drama,,01/09/2026`;
      const bad = `bad.role.${who}@example.org,Bo,Role,Regional Education Director;headteacher,,,Director,,31/02/2026`;
      await page.getByLabel('The list, as CSV').fill([header, good, bad].join('\n'));
      await page.getByRole('button', { name: 'Check the list' }).click();
      const preview = page.getByRole('table', { name: /^Preview: 2 rows, 1 with problems/ });
      await preview.waitFor();
      const badRow = (await preview.getByRole('row').filter({ hasText: `bad.role.${who}@example.org` }).textContent())!;
      expect(badRow).toContain('a regional education director is appointed to a region');
      expect(badRow).toContain('"headteacher" is not a role here. The roles are: staff, line manager, principal, regional education director');
      expect(badRow).toContain('"31/02/2026" is not a date: write it as 01/09/2026 (day, month, year) or 2026-09-01');
      expect(badRow).not.toMatch(/regional_education_director|line_manager/);
      expect(await preview.getByRole('row').filter({ hasText: `uk.date.${who}@example.org` }).textContent()).toContain('Ready');
      await expectAccessible(page, `the import preview with problems at ${viewport.width} px`);

      await page.getByLabel('The list, as CSV').fill([header, good].join('\n'));
      await page.getByRole('button', { name: 'Check the list again' }).click();
      const ready = page.getByText('All 1 row is ready to import. Nothing is imported until you choose Import.');
      await ready.waitFor();
      expect(await page.locator('.notice').filter({ hasText: 'ready to import' }).textContent()).not.toContain('Done');
      await page.getByRole('button', { name: 'Import 1 person' }).click();
      await page.getByText('Done: Imported 1 person').waitFor();
      await expectAccessible(page, `the import page after importing at ${viewport.width} px`);
      expect(cspViolations).toEqual([]);
      await context.close();
    }
  });
});

describe('leaders', () => {
  it('shows a principal and a regional director their scope at a glance, and insights with figures', async () => {
    for (const [email, scope, submitted] of [
      ['principal@demo.test', 'Northfield Academy', 5],
      ['red@demo.test', 'North region', 6],
    ] as const) {
      for (const viewport of [DESK, PHONE]) {
        const { context, page, cspViolations } = await newVisitor(browser, server.url, viewport);
        await signIn(page, email);
        const glance = page.getByRole('region', { name: `${scope} at a glance` });
        await glance.getByText(/Code of Conduct \(2020\): \d+ of \d+ confirmed \(\d+%\)/).waitFor();
        await glance.getByText(/^(None overdue|\d+ overdue)/).waitFor();
        await glance.getByText(`${submitted} people`).waitFor();
        await expectAccessible(page, `the home page of ${email} at ${viewport.width} px`);
        await expectNoSidewaysScroll(page, `the home page of ${email} at ${viewport.width} px`);

        await glance.getByRole('link', { name: new RegExp(`^${submitted} people`) }).click();
        await heading(page, 'Development insights');
        await page.getByText(`${submitted} people submitted a self-assessment.`).waitFor();
        await expectAccessible(page, `development insights of ${email} at ${viewport.width} px`);
        expect(cspViolations).toEqual([]);
        await context.close();
      }
    }
  });
});

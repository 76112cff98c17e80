import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, newVisitor, signIn, startServer, switchOrganisation, type Server } from './harness.ts';

// What admins do to set an organisation up, and a person's calendar feed, in the browser on the demo
// organisations, checked with axe-core on every page. Each journey stands on its own: none relies on
// what another did.

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const nav = (page: Page) => page.getByRole('navigation', { name: 'Main' });
/** A date `days` from today, as a date field takes it. */
const dateIn = (days: number) => new Date(Date.now() + days * 86_400_000).toLocaleDateString('en-CA');
/** A day as deadlines say it, in London: "Friday 4 December 2026". */
const inWords = (at: number) => {
  const parts = Object.fromEntries(new Intl.DateTimeFormat('en-GB', { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/London' }).formatToParts(at).map((p) => [p.type, p.value]));
  return `${parts.weekday} ${parts.day} ${parts.month} ${parts.year}`;
};
/** A date as the web app shows it, formatted by the browser itself (its month names may differ from Node's). */
const shown = (page: Page, date: string) => page.evaluate((d) => new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${d}T00:00:00Z`)), date);

describe('the admin pages', () => {
  it('lets an admin adopt a code for chosen roles and an academy from a date, which asks those it binds to confirm it', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'admin@demo.test');
    await switchOrganisation(page, 'Demo Academy Trust');
    await nav(page).getByRole('link', { name: 'Codes adopted here', exact: true }).click();
    await heading(page, 'Codes adopted here');
    const adopted = page.getByRole('table', { name: 'Codes adopted by Demo Academy Trust' });
    await adopted.getByRole('rowheader').first().waitFor();
    expect(await adopted.getByRole('rowheader').allTextContents()).toEqual(['Code of Conduct (2020)', 'Professional Standards for Teachers and Trainers (2014)']);
    await expectAccessible(page, "the organisation's codes, with the form to adopt one");

    const form = page.getByRole('region', { name: 'Adopt a code' });
    // Nothing chosen: the server says which fields are missing, and nothing is adopted.
    await form.getByRole('button', { name: 'Adopt the code' }).click();
    await form.getByRole('alert').waitFor();
    expect(await form.getByRole('alert').getByRole('link').allTextContents()).toEqual(['Code is required', 'Version is required']);
    expect(await adopted.getByRole('rowheader').count()).toBe(2);
    await expectAccessible(page, 'the form to adopt a code, with an error');

    const from = dateIn(-7);
    const confirmBy = dateIn(21);
    await form.getByLabel('Code', { exact: true }).selectOption({ label: "Six Core Principles (Prospect Education and Children's Services Group)" });
    expect(await form.getByLabel('Version', { exact: true }).inputValue()).toBe('2015');
    await form.getByLabel('In force from').fill(from);
    await form.getByRole('group', { name: 'Roles it binds' }).getByLabel('Staff', { exact: true }).check();
    await form.getByRole('group', { name: 'Academies it binds' }).getByLabel('Northfield Academy').check();
    expect(await form.getByLabel(/^Material/).isChecked()).toBe(true);
    await form.getByLabel('Confirm by (optional)').fill(confirmBy);
    await form.getByRole('button', { name: 'Adopt the code' }).click();
    await form.getByText('Done: Adopted Six Core Principles (2015)').waitFor();
    expect(await form.getByRole('status').first().textContent()).toContain('Everyone it binds is asked to confirm it.');

    // The list shows the new adoption, in force from the date chosen, for whom it was chosen.
    const standards = adopted.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Six Core Principles (2015)' }) });
    await standards.waitFor();
    expect(await standards.textContent()).toContain(`From ${await shown(page, from)}`);
    expect(await standards.textContent()).toContain('In force');
    expect(await standards.textContent()).toContain('Staff at Northfield Academy');
    expect(await standards.textContent()).toContain('Material: people confirm it');
    await expectAccessible(page, 'the organisation codes after adopting one');

    // The campaign it started: Northfield's staff, and no one at the other academies, asked to confirm by the date chosen.
    await form.getByRole('link', { name: 'Follow who has confirmed' }).click();
    await heading(page, 'Read and confirm: Six Core Principles (2015)');
    await page.getByText(`To confirm by ${await shown(page, confirmBy)}.`).waitFor();
    const byAcademy = page.getByRole('table', { name: 'Confirmations by academy' });
    expect(await byAcademy.getByRole('rowheader').allTextContents()).toEqual(['Northfield Academy']);
    expect(await byAcademy.getByRole('row').filter({ hasText: 'Northfield Academy' }).textContent()).toMatch(/0 of 9 \(0%\)/);
    const asked = page.getByRole('table', { name: 'Everyone asked' });
    expect(await asked.textContent()).toContain('Tariq Teacher');
    expect(await asked.textContent()).not.toContain('Mina Mentor'); // staff at Riverside
    await expectAccessible(page, 'the attestation campaign an adoption started');
    await page.getByRole('navigation', { name: 'Breadcrumb' }).getByRole('link', { name: 'Attestation' }).click();
    await heading(page, 'Attestation');
    const campaigns = page.getByRole('table', { name: 'Campaigns of Demo Academy Trust, newest first' });
    // The list may show what was loaded before (the home page's) until it is fetched again.
    await campaigns.getByRole('rowheader', { name: 'Read and confirm: Six Core Principles (2015)' }).waitFor();
    expect(await campaigns.getByRole('rowheader').first().textContent()).toBe('Read and confirm: Six Core Principles (2015)');
    expect(await campaigns.getByRole('rowheader').count()).toBe(2);

    // An editorial adoption asks no one to confirm: no campaign starts.
    await nav(page).getByRole('link', { name: 'Codes adopted here', exact: true }).click();
    await heading(page, 'Codes adopted here');
    await form.getByLabel('Code', { exact: true }).selectOption({ label: 'Code of Practice (Society for Education and Training)' });
    await form.getByLabel(/^Editorial/).check();
    expect(await form.getByLabel('Confirm by (optional)').count()).toBe(0);
    await form.getByRole('button', { name: 'Adopt the code' }).click();
    await form.getByText('Done: Adopted Code of Practice (2018)').waitFor();
    expect(await form.getByRole('status').first().textContent()).toContain('No one is asked to confirm it again.');
    const practice = adopted.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Code of Practice (2018)' }) });
    await practice.waitFor();
    expect(await practice.textContent()).toContain('Everyone');
    expect(await practice.textContent()).toContain('Editorial: no confirmation');
    await expectAccessible(page, 'the organisation codes after an editorial adoption');
    await nav(page).getByRole('link', { name: 'Attestation' }).click();
    await heading(page, 'Attestation');
    // Afresh from the server, not from what the page remembers.
    await page.reload();
    await heading(page, 'Attestation');
    await campaigns.getByRole('rowheader').first().waitFor();
    expect(await campaigns.getByRole('rowheader').count()).toBe(2);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets an admin give a named person a deadline and waive it with a reason, and shows it to that person', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'admin@demo.test');
    await switchOrganisation(page, 'Demo Academy Trust');
    await nav(page).getByRole('link', { name: 'Deadlines you oversee', exact: true }).click();
    await heading(page, 'Deadlines you oversee');
    await expectAccessible(page, "the organisation's deadlines");
    await page.getByRole('link', { name: 'Give someone a deadline' }).click();
    await heading(page, 'Give someone a deadline');
    await expectAccessible(page, 'the form to give someone a deadline');

    // Without a kind or a person, the form says so before asking the server.
    await page.getByRole('button', { name: 'Give the deadline' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await problems.waitFor();
    expect(await problems.getByRole('link').allTextContents()).toEqual(['Kind must be chosen', 'Whose deadline must be chosen']);
    await expectAccessible(page, 'the form to give someone a deadline, with errors');

    const title = 'Update the Year 9 trip risk assessment';
    await page.getByLabel('Kind', { exact: true }).selectOption({ label: 'Task' });
    expect(await page.getByText('A deadline set by the organisation. Due 7 calendar days after it arises.').count()).toBe(1);
    await page.getByLabel('Title (optional)').fill(title);
    await page.getByLabel('Find the person (optional)').fill('Lena');
    await page.getByText('1 person matching “Lena”.').waitFor();
    await page.getByLabel('Whose deadline').selectOption({ label: 'Lena Manager (line-manager@demo.test)' });
    await page.getByRole('button', { name: 'Give the deadline' }).click();
    await page.getByText(`Done: Lena Manager now has the deadline “${title}”`).waitFor();
    await expectAccessible(page, 'the form to give someone a deadline, after giving one');

    await page.getByRole('link', { name: 'See all deadlines' }).click();
    await heading(page, 'Deadlines you oversee');
    const list = page.getByRole('table', { name: 'Deadlines in Demo Academy Trust, soonest first' });
    const given = list.getByRole('row').filter({ has: page.getByRole('rowheader', { name: new RegExp(`^${title}`) }) });
    await given.waitFor();
    expect(await given.getByRole('cell').first().textContent()).toBe('Lena Manager');
    // A task is due by the end of the seventh day from now, a week away: upcoming, not yet due soon.
    const dueBy = `by ${inWords(Date.now() + 7 * 86_400_000)}`;
    expect(await given.getByRole('cell').nth(1).textContent()).toBe(`${dueBy} Upcoming`);
    await expectAccessible(page, 'the organisation deadlines with a new one');

    // The owner sees it among their own.
    const owner = await newVisitor(browser, server.url);
    await signIn(owner.page, 'line-manager@demo.test');
    await nav(owner.page).getByRole('link', { name: 'Your deadlines' }).click();
    await heading(owner.page, 'Your deadlines');
    const mine = owner.page.getByRole('table', { name: 'Your deadlines, soonest first' });
    const theirs = mine.getByRole('row').filter({ has: owner.page.getByRole('rowheader', { name: new RegExp(`^${title}`) }) });
    await theirs.waitFor();
    expect(await theirs.textContent()).toContain('Demo Academy Trust');
    expect(await theirs.textContent()).toContain(`${dueBy} Upcoming`);
    expect(await theirs.getByRole('button', { name: new RegExp(`^Mark as met\\s*: ${title}$`) }).count()).toBe(1);
    await expectAccessible(owner.page, "the owner's deadlines");

    // Waiving asks why.
    await given.getByText(`Waive: ${title}`).click();
    await given.getByRole('button', { name: 'Waive the deadline' }).click();
    await given.getByText('Reason must say why').first().waitFor();
    await expectAccessible(page, 'waiving a deadline, with an error');
    await given.getByLabel('Reason').fill('The trip was cancelled');
    await given.getByRole('button', { name: 'Waive the deadline' }).click();
    await page.getByText(`Done: “${title}” is waived`).waitFor();
    await given.getByText('Waived: The trip was cancelled').waitFor();
    expect(await given.getByText('Waived', { exact: true }).count()).toBe(1);
    expect(await given.textContent()).not.toContain('Upcoming');
    expect(await given.getByText(`Waive: ${title}`).count()).toBe(0);
    await expectAccessible(page, 'the organisation deadlines with a waived one');
    await page.getByLabel('State', { exact: true }).selectOption({ label: 'Waived' });
    await page.getByRole('button', { name: 'Show deadlines' }).click();
    await page.getByText('1 deadline.').waitFor();
    expect(await list.getByRole('rowheader').first().textContent()).toContain(title);

    // For the owner it is closed: gone from the open list, and shown as waived among the closed.
    await owner.page.reload();
    await heading(owner.page, 'Your deadlines');
    await mine.waitFor();
    expect(await theirs.count()).toBe(0);
    await owner.page.getByLabel('Include deadlines already met or waived').check();
    await theirs.waitFor();
    expect(await theirs.getByText('Waived', { exact: true }).count()).toBe(1);
    expect(await theirs.textContent()).toContain('Waived: The trip was cancelled');
    expect(await theirs.getByRole('button').count()).toBe(0);
    await expectAccessible(owner.page, "the owner's deadlines with a waived one");
    expect(owner.cspViolations).toEqual([]);
    await owner.context.close();
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('gives a person a secret calendar address with their deadlines, which stops working when they turn it off', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'teacher@demo.test');
    await nav(page).getByRole('link', { name: 'Your deadlines' }).click();
    await heading(page, 'Your deadlines');
    const mine = page.getByRole('table', { name: 'Your deadlines, soonest first' });
    await mine.getByRole('rowheader', { name: /^Complete the safeguarding refresher/ }).waitFor();
    const feed = page.getByRole('region', { name: 'Your deadlines in your calendar' });
    await feed.getByText('Off You have no calendar address.').waitFor();
    await expectAccessible(page, 'your deadlines, without a calendar address');

    await feed.getByRole('button', { name: 'Make a calendar address' }).click();
    await feed.getByText('Done: your new calendar address').waitFor();
    const address = await feed.getByLabel('Calendar address').inputValue();
    expect(address).toMatch(/\/api\/calendar\/[\w-]{20,100}\.ics$/);
    await expectAccessible(page, 'your deadlines, with a new calendar address');
    // The whole address, as a calendar app would take it: on the port the server chose at start.
    expect(address.startsWith(`${server.url}/api/calendar/`)).toBe(true);
    const path = new URL(address).pathname;
    const calendar = await context.request.get(address);
    expect(calendar.status()).toBe(200);
    expect(calendar.headers()['content-type']).toContain('text/calendar');
    const ics = await calendar.text();
    expect(ics).toMatch(/^BEGIN:VCALENDAR\r\n/);
    expect(ics).toContain('SUMMARY:Complete the safeguarding refresher');
    // Only their own open deadlines: not the safeguarding lead's.
    expect(ics).not.toContain('Act on a concern raised about a Year 8 learner');
    // The address is a secret, not a session: it works without signing in.
    const stranger = await newVisitor(browser, server.url);
    expect((await stranger.context.request.get(path)).status()).toBe(200);

    await page.reload();
    await heading(page, 'Your deadlines');
    await feed.getByText(/^On You made your calendar address/).waitFor();
    expect(await feed.getByLabel('Calendar address').count()).toBe(0); // shown only once
    await feed.getByRole('button', { name: 'Turn the calendar address off' }).click();
    await feed.getByText('Done: Your calendar address is turned off').waitFor();
    await feed.getByText('Off You have no calendar address.').waitFor();
    await feed.getByRole('button', { name: 'Make a calendar address' }).waitFor();
    await expectAccessible(page, 'your deadlines, after turning the calendar address off');
    const revoked = await stranger.context.request.get(path);
    expect(revoked.status()).toBe(404);
    expect(await revoked.text()).not.toContain('BEGIN:VCALENDAR');
    await stranger.context.close();
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it("lets a trust's admin set when an academy's day ends and its term dates, and refuses a term that ends before it starts", async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'admin@demo.test');
    await switchOrganisation(page, 'Demo Academy Trust');
    await nav(page).getByRole('link', { name: 'Organisation settings', exact: true }).click();
    await heading(page, 'Demo Academy Trust');
    const settings = page.getByRole('region', { name: 'The academy day and term dates' });
    const dayEnd = settings.getByRole('form', { name: 'When the day ends' });
    const terms = settings.getByRole('form', { name: 'Term dates' });
    const chooseRiverside = () => settings.getByLabel('Academy', { exact: true }).selectOption({ label: 'Riverside Academy' });
    await chooseRiverside();
    expect(await dayEnd.getByLabel('The academy day ends at').inputValue()).toBe('17:00');
    await terms.getByText('No term dates yet.').waitFor();
    await expectAccessible(page, "the organisation page with an academy's settings");

    await dayEnd.getByLabel('The academy day ends at').fill('15:30');
    await dayEnd.getByRole('button', { name: 'Save the time' }).click();
    await dayEnd.getByText('Done: Riverside Academy’s day ends at 15:30').waitFor();

    const year = new Date().getFullYear() + 1;
    await terms.getByRole('button', { name: 'Add a term' }).click();
    const first = terms.getByRole('group', { name: /^Term 1/ });
    await first.getByLabel('Starts').fill(`${year}-01-06`);
    await first.getByLabel('Ends').fill(`${year}-02-13`);
    await terms.getByRole('button', { name: 'Save the term dates' }).click();
    await terms.getByText('Done: Riverside Academy has 1 term').waitFor();
    await expectAccessible(page, "an academy's settings after saving them");

    // Saved: the page opened afresh shows them.
    await page.reload();
    await heading(page, 'Demo Academy Trust');
    await chooseRiverside();
    expect(await dayEnd.getByLabel('The academy day ends at').inputValue()).toBe('15:30');
    expect(await terms.getByRole('group').count()).toBe(1);
    expect(await first.getByLabel('Starts').inputValue()).toBe(`${year}-01-06`);
    expect(await first.getByLabel('Ends').inputValue()).toBe(`${year}-02-13`);
    expect(await terms.getByRole('group', { name: `Term 1 (${await shown(page, `${year}-01-06`)} to ${await shown(page, `${year}-02-13`)})` }).count()).toBe(1);
    // Another academy keeps its own day.
    await settings.getByLabel('Academy', { exact: true }).selectOption({ label: 'Northfield Academy' });
    expect(await dayEnd.getByLabel('The academy day ends at').inputValue()).toBe('17:00');
    await chooseRiverside();

    // A term that ends before it starts is refused, naming the field, and nothing is saved.
    await terms.getByRole('button', { name: 'Add a term' }).click();
    const second = terms.getByRole('group', { name: /^Term 2/ });
    await second.getByLabel('Starts').fill(`${year}-04-20`);
    await second.getByLabel('Ends').fill(`${year}-04-10`);
    await terms.getByRole('button', { name: 'Save the term dates' }).click();
    const problem = terms.getByRole('alert');
    await problem.waitFor();
    expect(await problem.getByRole('link').allTextContents()).toEqual(['Term 2 ends is before the term starts']);
    expect(await second.getByText('Ends is before the term starts').count()).toBe(1);
    expect(await second.getByLabel('Ends').getAttribute('aria-invalid')).toBe('true');
    await expectAccessible(page, "an academy's term dates with an error");
    await problem.getByRole('link', { name: 'Term 2 ends is before the term starts' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('term-1-ends');

    await page.reload();
    await heading(page, 'Demo Academy Trust');
    await chooseRiverside();
    expect(await terms.getByRole('group').count()).toBe(1);
    expect(await first.getByLabel('Ends').inputValue()).toBe(`${year}-02-13`);
    expect(await dayEnd.getByLabel('The academy day ends at').inputValue()).toBe('15:30');
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, heading, launchBrowser, newVisitor, signIn, startServer, switchOrganisation, type Server } from './harness.ts';

// Duties and declarations as people meet them: a teacher declares being charged, on a phone; the principal
// finds it in their queue, acknowledges, reviews and closes it; the teacher sees where it stands but not
// the principal's notes; and, as a member of the Society, sends the Society the notification the same facts
// call for, choosing what to send and consenting to it. The Society's case officer finds a late notification
// in the intake. Every page is checked with axe-core.

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const PHONE = { width: 390, height: 844 };
const DESK = { width: 1280, height: 800 };
const TRUST = 'Demo Academy Trust';
const SOCIETY = 'Demo Society for Education and Training';
const POLICE = 'Questioned by the police, charged or convicted';
const NOTES = ['Spoke with Tariq: no risk to learners.', 'Keep me told of the court date.'];

/** A date some days from today, as a date field takes it. */
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

/** Passes axe, and nothing scrolls sideways. */
async function expectUsable(page: Page, where: string) {
  await expectAccessible(page, where);
  const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
  expect(widths.page, `sideways scrolling on ${where}`).toBeLessThanOrEqual(widths.screen);
}

/** Follows a link of the main navigation, behind the Menu button on a phone. */
async function navigate(page: Page, link: string) {
  const nav = page.getByRole('navigation', { name: 'Main' });
  const menu = nav.getByRole('button', { name: 'Menu' });
  if (await menu.isVisible()) await menu.click();
  await nav.getByRole('link', { name: link, exact: true }).click();
}

let declarationPath = '';

describe('duties and declarations', () => {
  it('lets a teacher on a phone declare being charged, with the provision that asks for it and the API’s refusal against its field', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'teacher@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Your declarations');
    await heading(page, 'Your declarations and duties');
    // The demo's gift, which the principal has acknowledged.
    const made = page.getByRole('table', { name: 'Your declarations, newest first' });
    await made.getByRole('row').filter({ hasText: 'A gift or hospitality, given or received' }).getByText('Acknowledged').waitFor();
    await expectUsable(page, 'your declarations on a phone');

    await page.getByRole('link', { name: POLICE }).click();
    await heading(page, POLICE);
    expect(await page.getByRole('link', { name: /20\.3$/ }).getAttribute('href')).toBe('/codes/att-staff-code-of-conduct/2020#p-20.3');
    await page.getByText('Due at once.').waitFor();
    await page.getByText(/^Yes: only those it goes to may read it/).waitFor();
    await expectUsable(page, 'the police-contact form on a phone');

    await page.getByLabel('Questioned, charged or convicted').selectOption({ label: 'Charged' });
    await page.getByLabel('The date it happened', { exact: true }).fill(daysFromToday(30));
    await page.getByLabel('What happened', { exact: true }).fill('Charged with careless driving after a collision on the way home.');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    // The server refuses a date to come; its reason is shown against the field, and linked from the summary.
    await page.locator('.field-error').filter({ hasText: 'The date it happened is in the future' }).waitFor();
    expect(await page.getByLabel('The date it happened', { exact: true }).getAttribute('aria-invalid')).toBe('true');
    await page.getByRole('alert').getByRole('link', { name: 'The date it happened is in the future' }).waitFor();
    await expectUsable(page, 'the police-contact form with an error on a phone');

    await page.getByLabel('The date it happened', { exact: true }).fill(daysFromToday(-2));
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByText(`You submitted “${POLICE}”`).waitFor();
    await heading(page, POLICE);
    declarationPath = new URL(page.url()).pathname;
    await page.getByText('Priya Principal (Principal)').waitFor();
    expect(await page.locator('.tag').first().textContent()).toBe('Submitted');
    await expectUsable(page, 'a submitted declaration on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('brings it to the principal’s queue, flagged to acknowledge at once, and lets them acknowledge, review and close it', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'principal@demo.test');
    await navigate(page, 'Declarations to you');
    await heading(page, 'Declarations to you');
    const row = page.getByRole('row').filter({ hasText: 'Tariq Teacher' }).filter({ hasText: POLICE });
    await row.getByText('Acknowledge at once').waitFor();
    // The demo's colleague questioned as a witness is there too.
    await page.getByRole('row').filter({ hasText: 'Hana Begum' }).waitFor();
    expect(await page.getByRole('link', { name: /^New \(\d+\)$/ }).getAttribute('aria-current')).toBe('page');
    await expectUsable(page, 'the principal’s queue');

    await row.getByRole('link', { name: POLICE }).click();
    await heading(page, `${POLICE}, from Tariq Teacher`);
    await page.getByText('Charged with careless driving after a collision on the way home.').waitFor();
    await expectUsable(page, 'a declaration to the principal');

    await page.getByRole('button', { name: 'Acknowledge', exact: true }).click();
    await page.getByText('Acknowledged: the declarant sees that it reached you').waitFor();
    await page.getByLabel('What was done').fill(NOTES[0]!);
    await page.getByRole('button', { name: 'Record the action' }).click();
    await page.getByText('Your action is recorded').waitFor();
    await page.getByLabel('Outcome').selectOption({ label: 'Advice given' });
    await page.getByLabel('Closing note (optional)').fill(NOTES[1]!);
    await page.getByRole('button', { name: 'Close the declaration' }).click();
    await page.getByText('Done: Closed').waitFor();
    const history = page.getByRole('region', { name: 'History' });
    for (const note of NOTES) await history.getByText(note).waitFor();
    expect(await history.textContent()).toContain('by Priya Principal');
    await expectUsable(page, 'a closed declaration, to its recipient');

    await navigate(page, 'Declarations to you');
    await page.getByRole('link', { name: /^Closed \(1\)$/ }).click();
    await page.getByRole('row').filter({ hasText: 'Tariq Teacher' }).getByText('Advice given').waitFor();
    await expectUsable(page, 'the closed declarations in the principal’s queue');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the teacher where it stands and how it ended, never the principal’s notes', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'teacher@demo.test');
    await page.goto(declarationPath);
    await heading(page, POLICE);
    await page.getByText('Advice given').waitFor();
    expect(await page.locator('.tag').first().textContent()).toBe('Closed');
    const text = (await page.locator('main').textContent())!;
    for (const step of ['Acknowledged', 'Action recorded', 'Closed']) expect(text).toContain(step);
    for (const note of NOTES) expect(text).not.toContain(note);
    expect(text).not.toContain('by Priya Principal');
    await expectUsable(page, 'a closed declaration, to its declarant, on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the teacher, a member of the Society, the Society’s duty, and sends only what they chose with their consent', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'teacher@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Your declarations');
    await heading(page, 'Your declarations and duties');
    const duties = page.getByRole('region', { name: 'Duties in your other organisations' });
    await duties.getByText(`${SOCIETY}: A charge, conviction or caution`, { exact: true }).waitFor();
    await duties.getByRole('link', { name: new RegExp(`^Send it to ${SOCIETY}\\s*: A charge, conviction or caution$`) }).click();
    await heading(page, `Send to ${SOCIETY}: A charge, conviction or caution`);
    for (const fact of ['The date it happened', 'Charged, convicted or cautioned', 'What happened']) expect(await page.getByLabel(fact, { exact: true }).isChecked()).toBe(true);
    await expectUsable(page, 'sending a duty to the Society on a phone');

    // Not the trust's own words: only the date and what it was.
    await page.getByLabel('What happened', { exact: true }).uncheck();
    await page.getByRole('button', { name: `Send to ${SOCIETY} as a draft` }).click();
    await page.locator('.field-error').filter({ hasText: 'Your consent is needed' }).waitFor();
    await expectUsable(page, 'sending without consent, on a phone');
    const consent = page.getByLabel(/^I agree that Demo Society for Education and Training is sent “The date it happened”, “Charged, convicted or cautioned” from my declaration/);
    await consent.check();
    await page.getByRole('button', { name: `Send to ${SOCIETY} as a draft` }).click();
    await page.getByText(`A draft for ${SOCIETY} holds the facts you chose`).waitFor();
    await heading(page, 'A charge, conviction or caution');
    expect(await page.getByLabel('The date it happened', { exact: true }).inputValue()).toBe(daysFromToday(-2));
    expect(await page.getByLabel('Charged, convicted or cautioned').inputValue()).toBe('charged');
    expect(await page.getByLabel('What happened', { exact: true }).inputValue()).toBe('');
    await expectUsable(page, 'the carried draft in the Society on a phone');

    await page.getByLabel('The offence').fill('Careless driving');
    await page.getByLabel('What happened', { exact: true }).fill('Charged after a collision; the court date is to follow.');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByText('You submitted “A charge, conviction or caution”').waitFor();
    await page.getByText('On time').waitFor();
    await page.getByText(/^“I agree that Demo Society/).waitFor();
    await expectUsable(page, 'the notification sent to the Society, on a phone');

    // Sent, it is no longer a duty still to meet.
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Your declarations');
    await heading(page, 'Your declarations and duties');
    await page.getByRole('heading', { name: 'What you have declared' }).waitFor();
    expect(await page.getByRole('heading', { name: 'Duties in your other organisations' }).count()).toBe(0);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the Society’s case officer the late notification in the intake, and the teacher’s among the new', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'case-officer@demo.test');
    await switchOrganisation(page, SOCIETY);
    await navigate(page, 'Declarations to you');
    await heading(page, 'Declarations to you');
    await page.getByRole('row').filter({ hasText: 'Tariq Teacher' }).filter({ hasText: 'A charge, conviction or caution' }).waitFor();
    await page.getByRole('link', { name: /^Late \(1\)$/ }).click();
    await page.getByRole('row').filter({ hasText: 'Finn Murphy' }).getByText('9 days late').waitFor();
    await expectUsable(page, 'the Society’s intake, late, on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DESK, expectUsable, heading, launchBrowser, navigate, newVisitor, PHONE, signIn, SOCIETY, startServer, switchOrganisation, TRUST, type Server } from './harness.ts';

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

const POLICE = 'Questioned by the police, charged or convicted';
const NOTES = ['Spoke with Tariq: no risk to learners.', 'Keep me told of the court date.'];

/** A date some days from today, as a date field takes it. */
const daysFromToday = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

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

// What leaders keep of declarations, and safe working, as people meet them (after the journeys above, on the
// same demo): the principal approves a gift above the threshold from the register on a phone; a teacher
// asks to take a learner in their car and records a condition, and the line manager approves; the admin
// starts a re-declaration and the teacher confirms their entries; the settings and the report of duties
// met in time. Every page is checked with axe-core.

const GIFT = 'A hamper of food at the end of term';
const CAR = 'Taking a learner in your car';
/** A date and time some days from now, as a datetime-local field takes it. */
const momentFromNow = (days: number) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 16);
const year = new Date().getFullYear();

describe('registers, safe working and the annual re-declaration', () => {
  it('lets the principal read the gifts register on a phone, filter it, download it, and approve a gift above the threshold', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'principal@demo.test');
    await navigate(page, 'Registers');
    await heading(page, 'Register of interests');
    await page.getByRole('row').filter({ hasText: 'Northfield Print' }).getByText('Tariq Teacher').waitFor();
    await expectUsable(page, 'the register of interests on a phone');

    await page.getByRole('navigation', { name: 'Registers' }).getByRole('link', { name: 'Gifts and hospitality' }).click();
    await heading(page, 'Register of gifts and hospitality');
    await page.getByText('A gift or hospitality received worth more than £25.00 needs approval before it is accepted').waitFor();
    await page.getByLabel('Declared by (part of a name)').fill('Tariq');
    await page.getByRole('button', { name: 'Show entries' }).click();
    await page.waitForURL(/person=Tariq/);
    const row = page.getByRole('row').filter({ hasText: GIFT });
    await row.getByText('Awaiting approval').waitFor();
    expect(await row.textContent()).toContain('£45.00');
    await expectUsable(page, 'the gifts register on a phone');
    const csv = await page.request.get((await page.getByRole('link', { name: /^Download as CSV/ }).getAttribute('href'))!);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain(GIFT);

    await row.getByRole('link', { name: GIFT }).click();
    await heading(page, 'A gift or hospitality, given or received, from Tariq Teacher');
    expect(await page.getByLabel('Outcome').locator('option').allTextContents()).toEqual(['Choose one', 'Approved', 'Declined']);
    await expectUsable(page, 'a gift awaiting approval on a phone');
    await page.getByLabel('Outcome').selectOption({ label: 'Approved' });
    await page.getByRole('button', { name: 'Close the declaration' }).click();
    await page.getByText('Done: Closed').waitFor();

    await navigate(page, 'Registers');
    await page.getByRole('navigation', { name: 'Registers' }).getByRole('link', { name: 'Gifts and hospitality' }).click();
    await page.getByRole('row').filter({ hasText: GIFT }).getByText('Approved', { exact: true }).waitFor();
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets a teacher on a phone ask to take a learner in their car and record a condition, and the line manager approve it', async () => {
    const teacher = await newVisitor(browser, server.url, PHONE);
    let page = teacher.page;
    await signIn(page, 'teacher@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Safe working');
    await heading(page, 'Safe working');
    // The demo's request, its risk assessment recorded, waits for the line manager.
    await page.getByRole('table', { name: 'Your requests and notices, latest event first' }).getByRole('row').filter({ hasText: 'Y10-0412' }).getByText('Awaiting a decision').waitFor();
    await expectUsable(page, 'safe working on a phone');

    await page.getByLabel(CAR).check();
    await page.getByLabel('The learner').fill('Y9-0077');
    await page.getByLabel('Why', { exact: true }).fill('To the county music festival and back: the minibus is off the road.');
    await page.getByRole('button', { name: 'Send to your line manager' }).click();
    await page.locator('.field-error').filter({ hasText: 'When it takes place is needed' }).waitFor();
    await expectUsable(page, 'a safe-working request with an error on a phone');
    await page.getByLabel('When it takes place').fill(momentFromNow(5));
    await page.getByRole('button', { name: 'Send to your line manager' }).click();
    await heading(page, CAR);
    await page.getByText('Done: Your request went to your line manager').waitFor();
    await page.getByRole('button', { name: /^Record it as met\s*: A risk assessment is prepared$/ }).click();
    await page.getByText('Done: Recorded: A risk assessment is prepared').waitFor();
    const conditions = page.getByRole('region', { name: 'Conditions' });
    await conditions.getByRole('listitem').filter({ hasText: 'A risk assessment is prepared' }).getByText('Met before it').waitFor();
    // Each condition links to the provision that sets it.
    expect(await conditions.getByRole('listitem').filter({ hasText: 'A risk assessment is prepared' }).getByRole('link').count()).toBe(1);
    await expectUsable(page, 'a safe-working request on a phone');

    // One asked for only after the journey: approved then, it is marked so.
    await navigate(page, 'Safe working');
    await page.getByLabel(CAR).check();
    await page.getByLabel('The learner').fill('Y11-0301');
    await page.getByLabel('Why', { exact: true }).fill('Home after a fall in PE: no one could collect them.');
    await page.getByLabel('When it takes place').fill(momentFromNow(-1));
    await page.getByRole('button', { name: 'Send to your line manager' }).click();
    await page.getByText('Done: Your request went to your line manager').waitFor();
    expect(teacher.cspViolations).toEqual([]);
    await teacher.context.close();

    const manager = await newVisitor(browser, server.url, PHONE);
    page = manager.page;
    await signIn(page, 'line-manager@demo.test');
    await navigate(page, 'Safe working');
    await heading(page, 'Safe working');
    const toMe = page.getByRole('table', { name: /^Requests and notices that came to you/ });
    await toMe.getByRole('row').filter({ hasText: 'Y9-0077' }).getByText('Tariq Teacher').waitFor();
    await expectUsable(page, 'the line manager’s safe working on a phone');
    await toMe.getByRole('row').filter({ hasText: 'Y9-0077' }).getByRole('link', { name: CAR }).click();
    await heading(page, `${CAR}, from Tariq Teacher`);
    await page.getByRole('button', { name: 'Refuse' }).click();
    await page.locator('.field-error').filter({ hasText: 'Your reason – A refusal says why.' }).waitFor();
    await expectUsable(page, 'a refusal without a reason, on a phone');
    await page.getByLabel('Your reason').fill('Agreed: the festival is on the school calendar.');
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Done: Approved: the requester is told').waitFor();
    await page.getByRole('region', { name: 'Where it stands' }).getByText('Approved', { exact: true }).waitFor();
    await page.getByRole('listitem').filter({ hasText: 'A manager agreed in advance' }).getByText('Met before it').waitFor();
    await expectUsable(page, 'an approved request, on a phone');

    await navigate(page, 'Safe working');
    await toMe.getByRole('row').filter({ hasText: 'Y11-0301' }).getByRole('link', { name: CAR }).click();
    await page.getByText('Warning: It has already taken place').waitFor();
    await page.getByRole('button', { name: 'Approve' }).click();
    await page.getByText('Done: Approved: the requester is told').waitFor();
    await page.getByRole('region', { name: 'Where it stands' }).getByText('Approved after the event').waitFor();
    await page.getByText('Not every condition was met before it took place.').waitFor();
    await expectUsable(page, 'a request approved after the event, on a phone');
    expect(manager.cspViolations).toEqual([]);
    await manager.context.close();
  });

  it('lets the admin start a re-declaration and follow it, and the teacher confirm their entries', async () => {
    const admin = await newVisitor(browser, server.url, DESK);
    await signIn(admin.page, 'admin@demo.test');
    await switchOrganisation(admin.page, TRUST);
    await navigate(admin.page, 'Annual re-declaration');
    await heading(admin.page, 'Annual re-declaration');
    await admin.page.getByRole('link', { name: `Re-declaration for ${year}` }).waitFor();
    expect(await admin.page.getByLabel('Year').inputValue()).toBe(String(year + 1));
    await admin.page.getByRole('button', { name: 'Start the re-declaration' }).click();
    await admin.page.locator('.field-error').filter({ hasText: /^Error: Return by must be a date/ }).waitFor();
    await expectUsable(admin.page, 'starting a re-declaration, with an error');
    await admin.page.getByLabel('Return by').fill(daysFromToday(30));
    await admin.page.getByRole('button', { name: 'Start the re-declaration' }).click();
    await heading(admin.page, `Re-declaration for ${year + 1}`);
    await admin.page.getByText(/^Done: Started the re-declaration for \d{4}: \d+ people are asked/).waitFor();
    await admin.page.getByRole('figure', { name: /^Share who have returned, by academy/ }).waitFor();
    await admin.page.getByRole('table', { name: 'Returns by academy' }).getByRole('row').filter({ hasText: 'Northfield Academy' }).waitFor();
    await expectUsable(admin.page, 'a re-declaration’s dashboard');

    const teacher = await newVisitor(browser, server.url, PHONE);
    const page = teacher.page;
    await signIn(page, 'teacher@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Your declarations');
    await page.getByRole('region', { name: 'Still to do' }).getByRole('link', { name: `Your re-declaration for ${year + 1}` }).click();
    await heading(page, `Your re-declaration for ${year + 1}`);
    for (const entry of ['A gift or hospitality, given or received', 'A conflict of interest']) expect(await page.getByLabel(entry).isChecked()).toBe(true);
    await expectUsable(page, 'a re-declaration return on a phone');
    await page.getByRole('button', { name: 'Confirm these entries stand' }).click();
    await heading(page, 'Your declarations and duties');
    await page.getByText(`Done: You confirmed your entries for ${year + 1}`).waitFor();
    expect(await page.getByRole('link', { name: `Your re-declaration for ${year + 1}` }).count()).toBe(0);
    await page.getByRole('link', { name: `Your re-declaration for ${year}` }).waitFor();
    expect(teacher.cspViolations).toEqual([]);
    await teacher.context.close();

    await admin.page.reload();
    await admin.page.getByLabel('Only those who have not returned').check();
    await admin.page.getByText(/ who have not returned\.$/).waitFor();
    expect(await admin.page.getByRole('row').filter({ hasText: 'Tariq Teacher' }).count()).toBe(0);
    await admin.page.getByLabel('Only those who have not returned').uncheck();
    await admin.page.getByRole('row').filter({ hasText: 'Tariq Teacher' }).getByText('Confirmed their entries').waitFor();
    await expectUsable(admin.page, 'a re-declaration’s people');
    expect(admin.cspViolations).toEqual([]);
    await admin.context.close();
  });

  it('lets the admin set the threshold, add a recipient and a declaration of their own, with refusals shown against their fields', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'admin@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Declaration settings');
    await heading(page, 'Declaration settings');
    await page.getByText('Every declaration here is a duty that a code adopted in Demo Academy Trust imposes').waitFor();
    await expectUsable(page, 'the declaration settings');

    const threshold = page.getByLabel('The threshold');
    expect(await threshold.inputValue()).toBe('25.00');
    await threshold.fill('-5');
    await page.getByRole('button', { name: 'Save the threshold' }).click();
    await page.locator('.field-error').filter({ hasText: 'The threshold cannot be negative' }).waitFor();
    await threshold.fill('30');
    await page.getByRole('button', { name: 'Save the threshold' }).click();
    await page.getByText('Done: A gift received worth more than £30.00 now needs approval').waitFor();

    await page.getByLabel('The declaration', { exact: true }).selectOption({ label: 'Data at risk of compromise or loss' });
    await page.getByLabel('Also to').selectOption({ label: 'Principal' });
    await page.getByRole('button', { name: 'Add the recipient' }).click();
    await page.getByText('Done: Principal now also receives “Data at risk of compromise or loss”').waitFor();
    await page.getByRole('row').filter({ hasText: 'Data at risk of compromise or loss' }).getByRole('button', { name: /^Remove Principal/ }).waitFor();

    const own = page.getByRole('region', { name: 'Add a declaration of your own' });
    await own.getByLabel('Title').fill('Paid work outside the trust');
    await own.getByLabel('What it asks', { exact: true }).fill('Tell your principal of paid work you do for anyone else.');
    await own.getByRole('group', { name: 'Question 1' }).getByLabel('The question').fill('Who for');
    await own.getByLabel('Principal', { exact: true }).check();
    await own.getByRole('button', { name: 'Add the declaration' }).click();
    await page.getByText('Done: Added “Paid work outside the trust”: staff may now declare it').waitFor();
    await page.getByRole('region', { name: 'Declarations withdrawn' }).getByLabel('Paid work outside the trust').waitFor();

    // The same again: the API refuses a kind the catalogue has, against the title.
    await own.getByLabel('Title').fill('Paid work outside the trust');
    await own.getByLabel('What it asks', { exact: true }).fill('Again.');
    await own.getByRole('group', { name: 'Question 1' }).getByLabel('The question').fill('Who for');
    await own.getByLabel('Principal', { exact: true }).check();
    await own.getByRole('button', { name: 'Add the declaration' }).click();
    await own.locator('.field-error').filter({ hasText: 'Title – The catalogue already has a kind' }).waitFor();
    expect(await own.getByLabel('Title').getAttribute('aria-invalid')).toBe('true');
    await expectUsable(page, 'the declaration settings with a refusal');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the report of duties met on time and late on a phone, each row citing its provision', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'principal@demo.test');
    await navigate(page, 'Duties met on time');
    await heading(page, 'Duties met on time');
    await page.getByRole('figure', { name: /^Share made on time, by kind/ }).waitFor();
    const rows = page.getByRole('table', { name: /^On time and late by kind, academy and month/ });
    const police = rows.getByRole('row').filter({ hasText: POLICE }).first();
    expect(await police.getByRole('link', { name: /20\.3$/ }).getAttribute('href')).toBe('/codes/att-staff-code-of-conduct/2020#p-20.3');
    await expectUsable(page, 'the report of duties met on time, on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

describe('naming someone in a declaration, and opening a case from one', () => {
  it('lets a teacher on a phone find a colleague by name, says whom the declaration goes to, and shows the colleague by name once sent', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'teacher@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Your declarations');
    await page.getByRole('region', { name: 'Make a declaration' }).getByRole('link', { name: 'A conflict of interest' }).click();
    await heading(page, 'A conflict of interest');
    await page.getByText('When you submit it, it goes to Priya Principal (Principal).').waitFor();
    await page.getByLabel('The interest').fill('My sister coaches the netball club that hires our sports hall.');
    await page.getByLabel('The decisions it could affect').fill('Lettings of the sports hall.');
    const colleague = page.getByRole('group', { name: 'A colleague it concerns (optional)' });
    await colleague.getByLabel('Find them by name').fill('Lena');
    await colleague.getByText('1 person matches “Lena”.').waitFor();
    await colleague.getByLabel('Lena Manager').check();
    await expectUsable(page, 'naming a colleague in a declaration, on a phone');
    await page.getByRole('button', { name: 'Submit', exact: true }).click();
    await page.getByText('You submitted “A conflict of interest”').waitFor();
    const declared = page.getByRole('region', { name: 'What you declared' });
    expect(await declared.locator('dt', { hasText: 'A colleague it concerns' }).locator('+ dd').textContent()).toBe('Lena Manager');
    await expectUsable(page, 'a declaration naming a colleague, on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets the Society’s case officer open a suitability case at once from a late notification', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'case-officer@demo.test');
    await switchOrganisation(page, SOCIETY);
    await navigate(page, 'Declarations to you');
    await page.getByRole('link', { name: /^Late \(1\)$/ }).click();
    await page.getByRole('row').filter({ hasText: 'Finn Murphy' }).getByRole('link', { name: 'A charge, conviction or caution' }).click();
    await heading(page, 'A charge, conviction or caution, from Finn Murphy');
    const mark = page.getByRole('form', { name: 'Mark it for a case' });
    await mark.getByLabel('Why it needs a case').fill('A caution for a public order offence bears on suitability.');
    await mark.getByLabel('Open a case now').selectOption({ label: 'Suitability for membership' });
    await expectUsable(page, 'marking a notification for a case');
    await mark.getByRole('button', { name: 'Mark for a case' }).click();
    await page.getByText('Done: A case was opened from it, and the declaration closed').waitFor();
    await page.getByRole('region', { name: 'Where it stands' }).getByText('A case was opened').waitFor();
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  // Last, since it fills the principal's new bucket past a page.
  it('pages the principal’s queue on a phone, 50 at a time, saying which of how many it shows', async () => {
    const teacher = await newVisitor(browser, server.url, PHONE);
    const signedIn = await teacher.context.request.post('/api/session', { data: { email: 'teacher@demo.test', password: DEMO_PASSWORD } });
    const { csrfToken } = await signedIn.json();
    const me = await (await teacher.context.request.get('/api/me')).json();
    const trust = me.organisations.find((o: { name: string }) => o.name === TRUST).id;
    const write = async (path: string, data: object) => {
      const response = await teacher.context.request.post(`/api/orgs/${trust}/${path}`, { data, headers: { 'x-csrf-token': csrfToken } });
      expect(response.status(), await response.text()).toBeLessThan(300);
      return response.json();
    };
    for (let i = 1; i <= 50; i++) {
      const drafted = await write('declarations', { kind: 'police-contact', fields: { which: 'questioned', occurredOn: daysFromToday(-1), details: `Asked as a witness, number ${i}.` } });
      await write(`declarations/${drafted.id}/steps`, { type: 'submit' });
    }
    await teacher.context.close();

    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'principal@demo.test');
    await navigate(page, 'Declarations to you');
    const count = Number((await page.getByRole('link', { name: /^New \(\d+\)$/ }).textContent())!.match(/\d+/)![0]);
    expect(count).toBeGreaterThan(50);
    const caption = page.locator('caption');
    await caption.getByText(`New: 1 to 50 of ${count}, oldest submitted first`).waitFor();
    expect(await page.getByRole('table').getByRole('row').count()).toBe(51);
    await page.getByText(`Page 1 of ${Math.ceil(count / 50)}`).waitFor();
    await page.getByRole('link', { name: 'Next page of declarations' }).click();
    await caption.getByText(`New: 51 to ${Math.min(count, 100)} of ${count}, oldest submitted first`).waitFor();
    await expectUsable(page, 'the second page of the principal’s queue on a phone');
    await page.getByRole('link', { name: 'Previous page of declarations' }).click();
    await caption.getByText(`New: 1 to 50 of ${count}, oldest submitted first`).waitFor();
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

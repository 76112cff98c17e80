import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK, expectAccessible, expectUsable, heading, launchBrowser, navigate, newVisitor, PHONE, signIn, startServer, switchOrganisation, TRUST, type Server } from './harness.ts';

// Safeguarding as people meet it: a teacher records a concern on a phone in under a minute, a mark off the
// body refused against the body map, and is told what happens next; an allegation about a member of staff
// takes its own path; the designated safeguarding lead finds the concern on the dashboard and works it through
// to closure (and downloads it as PDF), lets someone see it and withdraws it, and reads the learner's
// chronology; the principal lets a case officer read an allegation, who opens its case and is linked to it;
// the DSL appoints and removes a deputy, at a desk and on a phone; someone outside the
// team meets the glass to break before anything is shown; and "Hide screen" blanks the page at once, by its
// button and by the Shift key pressed three times. Every page is checked with axe-core.

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const LEARNER = 'NF-Y9-0311';
const ACCOUNT = 'Sam said he had no breakfast or tea yesterday and that nobody was home all weekend.';

let concernPath = '';

describe('safeguarding', () => {
  it('lets a teacher on a phone record a concern in under a minute, refuses a mark off the body against the body map, and says what happens next', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'teacher@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Record a concern');
    await heading(page, 'Record a safeguarding concern');
    await page.getByText('To hide this page at once, use Hide screen or press the Shift key three times.').waitFor();
    await expectUsable(page, 'recording a concern on a phone');

    const started = Date.now();
    await page.getByLabel('The learner’s reference').fill(LEARNER);
    await page.getByLabel('Neglect', { exact: true }).check();
    await page.getByLabel('What was seen or said').fill(ACCOUNT);
    await page.getByLabel('What you did at once (optional)').fill('Gave him breakfast in the canteen.');
    // A tap at the corner of the front outline's box is off the body: the page lets it be marked, the API refuses it.
    await page.getByRole('application', { name: /^Front outline/ }).click({ position: { x: 4, y: 4 } });
    await page.getByText('Mark 1: Front, outside the outline').waitFor();
    await page.getByRole('button', { name: 'Record the concern' }).click();
    await page.getByRole('alert').getByRole('link', { name: 'Mark 1: A mark is placed on the body, inside the outline.' }).waitFor();
    await page.locator('.field-error').filter({ hasText: 'Mark 1: A mark is placed on the body, inside the outline.' }).waitFor();
    await expectUsable(page, 'a concern with a mark off the body, on a phone');

    await page.getByRole('button', { name: 'Remove mark 1' }).click();
    await page.getByLabel('Part of the body').selectOption({ label: 'Front, left forearm' });
    await page.getByRole('button', { name: 'Mark it' }).click();
    await page.getByLabel('What you saw at mark 1 (optional)').fill('A bruise about 2 cm across');
    // By keyboard: the cross starts on the upper back; Enter marks it there.
    await page.getByRole('application', { name: /^Back outline/ }).focus();
    await page.keyboard.press('Enter');
    await page.getByText('Mark 2: Back, upper back').waitFor();
    await page.getByRole('button', { name: 'Record the concern' }).click();
    await heading(page, 'Your concern is recorded');
    expect(Date.now() - started, 'recording a concern takes under a minute').toBeLessThan(60_000);
    // The DSL at once; after the academy day has ended the principal too, so the line depends on the hour it runs.
    await page.getByText(/^Alerted at once: (Priya Principal \(principal\), )?Dana Safeguarding \(designated safeguarding lead\)\.$/).waitFor();
    await page.getByText('You will not see the record again').waitFor();
    expect(await page.locator('main').textContent()).not.toContain(ACCOUNT);
    await expectUsable(page, 'a recorded concern on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('takes an allegation about a member of staff through its own path, to the principal', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'teacher@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Record a concern');
    await page.getByRole('link', { name: 'Record an allegation about staff' }).click();
    await heading(page, 'Record an allegation about a member of staff');
    await page.getByLabel('The learner’s reference').fill('NF-Y11-0042');
    await page.getByLabel('Physical abuse', { exact: true }).check();
    const staff = page.getByRole('group', { name: 'The member of staff' });
    await staff.getByLabel('Find them by name').fill('Kofi');
    await staff.getByText('1 person matches “Kofi”.').waitFor();
    await staff.getByLabel('Kofi Mensah').check();
    await page.getByLabel('What was seen or said').fill('A learner said Mr Mensah grabbed her arm hard in the corridor.');
    await expectUsable(page, 'recording an allegation on a phone');
    await page.getByRole('button', { name: 'Record the allegation' }).click();
    await heading(page, 'Your allegation is recorded');
    await page.getByText('Alerted at once: Priya Principal (principal).').waitFor();
    await expectUsable(page, 'a recorded allegation on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the DSL the concern on the dashboard, and lets them work it through to closure and read the chronology', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'dsl@demo.test');
    await navigate(page, 'Safeguarding');
    await heading(page, 'Safeguarding');
    const fresh = page.getByRole('region', { name: /^New: not yet triaged/ });
    await fresh.getByRole('row').filter({ hasText: LEARNER }).getByText('Triage').waitFor();
    await page.getByRole('figure', { name: /^Open concerns by category/ }).waitFor();
    // The demo's concerns are there too: one in the hands of children's social care.
    await page.getByRole('region', { name: 'Records you may read' }).getByRole('row').filter({ hasText: 'NF-Y10-0233' }).getByText('Being acted on').waitFor();
    await expectUsable(page, 'the DSL’s dashboard');

    await fresh.getByRole('link', { name: LEARNER }).click();
    await heading(page, `Concern about ${LEARNER}`);
    concernPath = new URL(page.url()).pathname;
    await page.getByText(ACCOUNT).waitFor();
    await page.getByRole('region', { name: 'Body map' }).getByText('Front, left forearm').waitFor();
    await page.getByText('A bruise about 2 cm across').waitFor();
    await expectUsable(page, 'a new concern, to the DSL');
    // The record as PDF, with its body map: the link is a plain download, the session's cookie enough.
    const pdfLink = page.getByRole('link', { name: 'Download as PDF' });
    const pdf = await page.request.get(new URL((await pdfLink.getAttribute('href'))!, server.url).toString());
    expect(pdf.status()).toBe(200);
    expect(pdf.headers()['content-type']).toBe('application/pdf');
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    await page.getByLabel('Decision').selectOption({ label: 'Support within the academy' });
    await page.getByLabel('Why', { exact: true }).fill('Hungry and alone at weekends: daily check-in and a call home.');
    await page.getByRole('button', { name: 'Record the triage' }).click();
    await page.getByText('Done: Triaged: the deadline to act on it is met').waitFor();

    await page.getByLabel('The action', { exact: true }).fill('Daily breakfast check-in with Sam');
    const who = page.getByRole('group', { name: 'Who does it' });
    await who.getByLabel('Find them by name').fill('Dana');
    await who.getByLabel('Dana Safeguarding').check();
    await page.getByRole('button', { name: 'Give the action' }).click();
    await page.getByText('Done: The action is given').waitFor();
    await page.getByRole('button', { name: 'Mark it done' }).click();
    await page.getByText('Done: The action is done').waitFor();

    await page.getByLabel('Agency', { exact: true }).selectOption({ label: 'Early help' });
    await page.getByLabel('Their reference (optional)').fill('EH-5521');
    await page.getByRole('button', { name: 'Record the referral' }).click();
    await page.getByText('Done: Referred: their answer is a deadline of yours').waitFor();
    await page.getByRole('region', { name: 'Referrals to outside agencies' }).getByText(/^Due by /).waitFor();
    // No outcome while the agency has not answered: the API's rule, said on the page.
    await page.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Pastoral support' });
    await page.getByLabel('What came of it').fill('Daily check-ins; the family works with early help.');
    await page.getByRole('button', { name: 'Record the outcome' }).click();
    await page.getByText('The referral to early help has no answer recorded yet.').waitFor();
    await expectUsable(page, 'a concern being acted on, with a refusal');

    await page.getByLabel('They took it on').check();
    await page.getByLabel('What they said').fill('A family support worker will visit this week.');
    await page.getByRole('button', { name: 'Record the answer' }).click();
    await page.getByText('Done: Early help’s answer is recorded').waitFor();
    await page.getByLabel('Outcome', { exact: true }).selectOption({ label: 'Pastoral support' });
    await page.getByLabel('What came of it').fill('Daily check-ins; the family works with early help.');
    await page.getByRole('button', { name: 'Record the outcome' }).click();
    await page.getByText('Done: The outcome is recorded').waitFor();
    await page.getByLabel('Closing note (optional)').fill('Support in place.');
    await page.getByRole('button', { name: 'Close it' }).click();
    await page.getByText('Done: Closed', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'About this record' }).getByText('Closed', { exact: true }).waitFor();
    await expectUsable(page, 'a closed concern');

    // Who else may read it: someone who needs to know, then not.
    const access = page.getByRole('region', { name: 'Who else may read it' });
    await access.getByLabel('Find them by name').fill('Casey');
    await access.getByLabel('Casey Officer').check();
    await access.getByLabel('Why they need to know').fill('The HR case officer, checking the referral was made in time.');
    await access.getByRole('button', { name: 'Let them read it' }).click();
    await page.getByText('Done: Casey Officer may now read this record').waitFor();
    await access.getByRole('button', { name: /^Remove\W+Casey Officer/ }).click();
    await access.getByRole('button', { name: /^Yes, remove it/ }).click();
    await page.getByText('Done: Casey Officer may no longer read this record').waitFor();
    await access.getByText('Nobody else.').waitFor();

    await page.getByRole('link', { name: LEARNER }).click();
    await heading(page, `Chronology of ${LEARNER}`);
    const chronology = page.getByRole('table', { name: /^Every record about NF-Y9-0311/ });
    for (const event of ['Seen or said', 'Triaged', 'Referred', 'Outcome recorded', 'Closed']) await chronology.getByRole('link', { name: event, exact: true }).first().waitFor();
    await chronology.getByText(ACCOUNT).waitFor();
    await expectUsable(page, 'a learner’s chronology');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows someone outside the team nothing until they give a reason to break the glass', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'line-manager@demo.test');
    await page.goto(concernPath);
    await heading(page, 'A safeguarding record');
    await page.getByRole('heading', { name: 'This record is not open to you' }).waitFor();
    // Nor its PDF, which answers as if there were no such record.
    expect((await page.request.get(new URL(`${concernPath.replace('/orgs/', '/api/orgs/')}/pdf`, server.url).toString())).status()).toBe(404);
    expect(await page.locator('main').textContent()).not.toContain(ACCOUNT);
    expect(await page.locator('main').textContent()).not.toContain(LEARNER);
    await expectUsable(page, 'the glass to break, on a phone');

    await page.getByRole('button', { name: 'Open the record' }).click();
    await page.locator('.field-error').filter({ hasText: 'Say, in a sentence, why you need to open this record.' }).waitFor();
    expect(await page.locator('main').textContent()).not.toContain(ACCOUNT);
    await page.getByLabel('Why you need to open it').fill('Sam is in my tutor group and I am taking him on a trip tomorrow.');
    await page.getByRole('button', { name: 'Open the record' }).click();
    await heading(page, `Concern about ${LEARNER}`);
    await page.getByText('Warning: You opened this record by giving a reason').waitFor();
    await page.getByText(ACCOUNT).waitFor();
    // Nothing to do but read it.
    expect(await page.getByRole('button', { name: 'Record the triage' }).count()).toBe(0);
    await expectUsable(page, 'a record opened by breaking the glass, on a phone');

    // Good for that one reading: back again, the glass is there again.
    await page.reload();
    await page.getByRole('heading', { name: 'This record is not open to you' }).waitFor();
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets the principal let a case officer read an allegation, who opens its case and then finds the link to it', async () => {
    const principal = await newVisitor(browser, server.url, DESK);
    await signIn(principal.page, 'principal@demo.test');
    await navigate(principal.page, 'Safeguarding');
    await heading(principal.page, 'Safeguarding');
    await principal.page.getByRole('region', { name: 'Records you may read' }).getByRole('link', { name: 'NF-Y11-0042' }).first().click();
    await heading(principal.page, 'Allegation about NF-Y11-0042');
    const allegationPath = new URL(principal.page.url()).pathname;
    const access = principal.page.getByRole('region', { name: 'Who else may read it' });
    await access.getByLabel('Find them by name').fill('Casey');
    await access.getByLabel('Casey Officer').check();
    await access.getByLabel('Why they need to know').fill('The HR case officer, who opens the allegation case.');
    await access.getByRole('button', { name: 'Let them read it' }).click();
    await principal.page.getByText('Done: Casey Officer may now read this record').waitFor();
    expect(principal.cspViolations).toEqual([]);
    await principal.context.close();

    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'case-officer@demo.test');
    await page.goto(allegationPath);
    await heading(page, 'Allegation about NF-Y11-0042');
    const allegationCase = page.getByRole('region', { name: 'The allegation case' });
    await allegationCase.getByRole('button', { name: 'Open the case', exact: true }).click();
    await allegationCase.locator('.field-error').first().waitFor();
    await expectUsable(page, 'opening an allegation case refused, on a phone');
    await allegationCase.getByLabel('What the case is about').fill('A learner said Mr Mensah grabbed her arm hard in the corridor.');
    await allegationCase.getByRole('button', { name: 'Open the case', exact: true }).click();
    await page.getByText('Done: An allegation case is open about the member of staff').waitFor();
    const toCase = allegationCase.getByRole('link', { name: /^Open the case / });
    const reference = (await toCase.textContent())!.replace('Open the case ', '');
    await expectUsable(page, 'an allegation with its case, on a phone');
    await toCase.click();
    await heading(page, `${reference}: Allegation about a member of staff`);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets the DSL appoint a deputy at a desk, refusing nobody and someone already appointed against the field, and remove them', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'dsl@demo.test');
    await navigate(page, 'Deputy safeguarding leads');
    await heading(page, 'Deputy safeguarding leads');
    const deputies = page.getByRole('region', { name: 'Deputies at Northfield Academy' });
    await deputies.getByRole('button', { name: 'Appoint them' }).click();
    await deputies.locator('.field-error').filter({ hasText: 'is to be chosen' }).waitFor();
    await expectUsable(page, 'appointing a deputy, refused');

    const appoint = async () => {
      const who = deputies.getByRole('group', { name: 'Who' });
      await who.getByLabel('Find them by name').fill('Lily');
      await who.getByLabel(/^Lily Chen/).check();
      await deputies.getByRole('button', { name: 'Appoint them' }).click();
    };
    await appoint();
    await page.getByText('Done: Lily Chen is a deputy designated safeguarding lead at Northfield Academy: they are told').waitFor();
    await deputies.getByRole('row').filter({ hasText: 'Lily Chen' }).waitFor();
    await appoint();
    await deputies.locator('.field-error').filter({ hasText: 'This person is already a deputy designated safeguarding lead here.' }).waitFor();
    await expectUsable(page, 'the deputies, with a refusal');

    await deputies.getByRole('button', { name: /^Remove\W+Lily Chen as a deputy/ }).click();
    await deputies.getByRole('button', { name: /^Yes, remove it/ }).click();
    await page.getByText('Done: Lily Chen is no longer a deputy at Northfield Academy').waitFor();
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets the DSL on a phone reach the deputies, usable there, and refuses an appointment of nobody', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'dsl@demo.test');
    await navigate(page, 'Safeguarding');
    await page.getByRole('link', { name: 'Deputy safeguarding leads' }).first().click();
    await heading(page, 'Deputy safeguarding leads');
    await expectUsable(page, 'the deputies on a phone');
    await page.getByRole('button', { name: 'Appoint them' }).click();
    await page.getByRole('alert').getByRole('link', { name: /^Who is to be chosen/ }).waitFor();
    await expectUsable(page, 'an appointment of nobody refused, on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('hides the screen at once by the button and by pressing Shift three times, and shows it again only when asked', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'dsl@demo.test');
    await page.goto(concernPath);
    await heading(page, `Concern about ${LEARNER}`);
    const account = page.getByText(ACCOUNT);
    await account.waitFor();

    await page.getByRole('button', { name: 'Hide screen' }).click();
    const blank = page.getByRole('dialog', { name: 'Screen hidden' });
    await blank.waitFor();
    expect(await account.isVisible()).toBe(false);
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(true); // under the blank, which covers the window
    expect(await page.evaluate(() => document.elementFromPoint(10, 10)?.closest('dialog') !== null)).toBe(true);
    await expect.poll(() => page.title()).toBe('Screen hidden – Probity');
    // Escape does not bring it back.
    await page.keyboard.press('Escape');
    expect(await account.isVisible()).toBe(false);
    await expectAccessible(page, 'a hidden screen');
    await blank.getByRole('button', { name: 'Show the page again' }).click();
    await account.waitFor();
    expect(await page.getByRole('button', { name: 'Hide screen' }).evaluate((button) => button === document.activeElement)).toBe(true);

    // Two presses and another key are not the shortcut; three in a row are.
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('a');
    expect(await blank.count()).toBe(0);
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await page.keyboard.press('Shift');
    await blank.waitFor();
    expect(await account.isVisible()).toBe(false);
    await blank.getByRole('button', { name: 'Show the page again' }).click();
    await account.waitFor();

    // On the dashboard too.
    await page.getByRole('link', { name: 'Safeguarding', exact: true }).first().click();
    await heading(page, 'Safeguarding');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift');
    await blank.waitFor();
    expect(await page.getByRole('heading', { level: 1, name: 'Safeguarding' }).isVisible()).toBe(false);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Secret, TOTP } from 'otpauth';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, expectUsable, heading, launchBrowser, newVisitor, PHONE, signIn, startServer, switchOrganisation, type Server } from './harness.ts';

// What people do in the browser, on the demo organisations, checked with axe-core on every page.
// The journeys run in order: the admin's import makes the people, the invitation and the audit entry
// that the later journeys find.

const screenshot = fileURLToPath(new URL('../../docs/screenshot.png', import.meta.url));

let server: Server;
let browser: Browser;
let invitationLink: string | null = null;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const alertText = (page: Page) => page.getByRole('alert').first().textContent();

describe('the web app', () => {
  it('signs a person in with the keyboard alone, after telling them a wrong password was wrong', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await page.goto('/');
    await heading(page, 'Sign in to Probity');
    expect(new URL(page.url()).pathname).toBe('/sign-in');
    await expectAccessible(page, 'the sign-in page');
    expect(await page.getByRole('link', { name: 'Sign in with Example School' }).getAttribute('href')).toBe('/api/auth/oidc/example-school/start');

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Skip to main content');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    for (let presses = 0; presses < 5 && (await page.evaluate(() => document.activeElement?.id)) !== 'email'; presses++) await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('email');
    await page.keyboard.type('teacher@demo.test');
    await page.keyboard.press('Tab');
    await page.keyboard.type('not-the-password');
    await page.keyboard.press('Enter');
    await page.getByRole('alert').waitFor();
    expect(await alertText(page)).toContain('The email address or password is not right');
    await expectAccessible(page, 'the sign-in page with an error');

    await page.getByLabel('Password', { exact: true }).focus();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type('probity-demo-2026');
    await page.keyboard.press('Enter');
    await heading(page, 'Welcome, Tariq');
    await expectAccessible(page, "the teacher's home page");
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets an admin switch organisation, import a staff list once the preview shows no problem, then find, disable and add people', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'admin@demo.test');
    await switchOrganisation(page, 'Demo Society for Education and Training');
    expect(await page.getByRole('navigation', { name: 'Main' }).textContent()).toContain('Import people');
    await switchOrganisation(page, 'Demo Academy Trust');
    expect(new URL(page.url()).pathname).toMatch(/^\/orgs\/[0-9a-f-]{36}$/);
    await expectAccessible(page, "the admin's home page");
    // The README's picture, retaken only when asked, so that a test run leaves the work tree as it was.
    if (process.env.UPDATE_SCREENSHOT === '1') {
      await page.mouse.move(0, 0);
      fs.mkdirSync(path.dirname(screenshot), { recursive: true });
      await page.screenshot({ path: screenshot });
    }

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Import people' }).click();
    await heading(page, 'Import people');
    await expectAccessible(page, 'the import page');

    const header = 'email,given_name,family_name,roles,academy,job_role,started_on';
    const good = 'nia.patel@example.org,Nia,Patel,staff,Northfield Academy,Teacher of Chemistry,2025-09-01';
    const bad = 'owen.hughes@example.org,Owen,Hughes,staff,Eastfield Academy,Teacher of History,2025-09-01';
    await page.getByLabel('The list, as CSV').fill([header, good, bad].join('\n'));
    await page.getByLabel('Email each person an invitation to choose a password').check();
    await page.getByRole('button', { name: 'Check the list' }).click();
    const preview = page.getByRole('table', { name: /^Preview: 2 rows, 1 with problems/ });
    await preview.waitFor();
    const badRow = preview.getByRole('row').filter({ hasText: 'owen.hughes@example.org' });
    expect(await badRow.textContent()).toContain('"Eastfield Academy" is not an academy of this organisation');
    expect(await preview.getByRole('row').filter({ hasText: 'nia.patel@example.org' }).textContent()).toContain('Ready');
    expect(await alertText(page)).toContain('1 of 2 rows have problems');
    const importButton = page.getByRole('button', { name: /^Import 2 people/ });
    expect(await importButton.isDisabled()).toBe(true);
    await expectAccessible(page, 'the import preview with a problem');

    await page.getByLabel('The list, as CSV').fill([header, good, bad.replace('Eastfield', 'Southgate')].join('\n'));
    expect(await importButton.isDisabled()).toBe(true); // the list changed since it was checked
    await page.getByRole('button', { name: 'Check the list again' }).click();
    await page.getByText('All 2 rows are ready to import').waitFor();
    expect(await importButton.isEnabled()).toBe(true);
    await importButton.click();
    await page.getByText('Imported 2 people').waitFor();
    await expectAccessible(page, 'the import page after importing');

    await page.getByRole('link', { name: 'See them in the list of people' }).click();
    await heading(page, 'People');
    await page.getByLabel('Search by name or email').fill('example.org');
    await page.getByRole('button', { name: 'Search' }).click();
    await page.getByText('Showing 1–2 of 2 people matching “example.org”.').waitFor();
    const people = page.getByRole('table', { name: /People in Demo Academy Trust/ });
    expect(await people.getByRole('row').count()).toBe(3); // header and the two new people
    await expectAccessible(page, 'the people list');

    await people.getByRole('link', { name: 'Owen Hughes' }).click();
    await heading(page, 'Owen Hughes');
    expect(await page.getByRole('region', { name: 'Details' }).textContent()).toContain('Southgate Academy');
    await expectAccessible(page, "a person's page");
    const access = page.getByRole('region', { name: 'Disable the account' });
    await access.getByLabel('Reason (recorded in the audit trail)').fill('Did not take up the post');
    await access.getByRole('button', { name: 'Disable account' }).click();
    await page.getByText('Owen Hughes’s account is disabled').waitFor();
    expect(await page.getByRole('region', { name: 'Details' }).textContent()).toContain('Disabled');

    await page.getByRole('link', { name: 'People', exact: true }).first().click();
    await page.getByRole('link', { name: 'Add a person' }).click();
    await heading(page, 'Add a person');
    await page.getByLabel('Given name').fill('Rosa');
    await page.getByLabel('Family name').fill('Quinn');
    await page.getByLabel('Email address').fill('rosa.quinn@example.org');
    await page.getByLabel('Role 1', { exact: true }).selectOption({ label: 'Principal' });
    await page.getByLabel('Job role').fill('Principal');
    await page.getByRole('button', { name: 'Add person' }).click();
    await page.locator('#roles-0-role-error').waitFor();
    expect(await page.locator('#roles-0-role-error').textContent()).toContain('a principal leads one academy');
    await expectAccessible(page, 'the add-a-person form with an error');
    await page.getByLabel('Where role 1 holds').selectOption({ label: 'Riverside Academy' });
    await page.getByRole('button', { name: 'Add person' }).click();
    await heading(page, 'Rosa Quinn');
    await page.getByText('Rosa Quinn has been added to Demo Academy Trust').waitFor();
    expect(await page.getByRole('region', { name: 'Details' }).textContent()).toContain('Principal · Riverside Academy');

    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Outbox' }).click();
    await heading(page, 'Outbox');
    const invitation = page.getByRole('row').filter({ hasText: 'nia.patel@example.org' }).first();
    await invitation.locator('summary').click();
    invitationLink = /\/accept-invitation#token=[^\s]+/.exec((await invitation.locator('pre').textContent()) ?? '')?.[0] ?? null;
    expect(invitationLink).not.toBeNull();
    await expectAccessible(page, 'the outbox');

    await nav.getByRole('link', { name: 'Audit trail' }).click();
    await heading(page, 'Audit trail');
    await page.getByRole('button', { name: 'Verify the chain' }).click();
    await page.getByText('The audit trail is intact').waitFor();
    await expectAccessible(page, 'the audit page of an admin');

    await nav.getByRole('link', { name: 'Organisation' }).click();
    await heading(page, 'Demo Academy Trust');
    expect(await page.getByRole('table', { name: /Academies of/ }).textContent()).toContain('Southgate Academy');
    await expectAccessible(page, 'the organisation page');

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You have signed out').waitFor();
    await page.goto('/account');
    await heading(page, 'Sign in to Probity');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets an invited person choose a password from the link in their invitation and sign in', async () => {
    expect(invitationLink).not.toBeNull();
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await page.goto(invitationLink!);
    await heading(page, 'Accept your invitation');
    await expectAccessible(page, 'the invitation page');
    await page.getByLabel('New password', { exact: true }).fill('heron lantern quarry 1987');
    await page.getByLabel('Confirm the new password').fill('heron lantern quarry 1987');
    await page.getByRole('button', { name: 'Accept and set my password' }).click();
    await page.getByText('Your password is set').waitFor();
    expect(await page.getByLabel('Email address').inputValue()).toBe('nia.patel@example.org');
    await page.getByLabel('Password', { exact: true }).fill('heron lantern quarry 1987');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Welcome, Nia');
    expect(await page.getByRole('region', { name: 'Your roles here' }).textContent()).toContain('Staff');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('resets a forgotten password with the emailed link', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Forgotten your password?' }).click();
    await heading(page, 'Reset your password');
    await expectAccessible(page, 'the forgotten-password page');
    await page.getByLabel('Email address').fill('principal@demo.test');
    await page.getByRole('button', { name: 'Send me a link' }).click();
    await page.getByText('Check your email').waitFor();

    // Without an email server the message waits in the outbox, where an admin of the trust can read it.
    const admin = await newVisitor(browser, server.url);
    await signIn(admin.page, 'admin@demo.test');
    await switchOrganisation(admin.page, 'Demo Academy Trust');
    await admin.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Outbox' }).click();
    const message = admin.page.getByRole('row').filter({ hasText: 'principal@demo.test' }).first();
    await message.locator('summary').click();
    const link = /\/reset-password#token=[^\s]+/.exec((await message.locator('pre').textContent()) ?? '')?.[0];
    expect(link).toBeDefined();
    await admin.context.close();

    await page.goto(link!);
    await heading(page, 'Choose a new password');
    await expectAccessible(page, 'the reset-password page');
    await page.getByLabel('New password', { exact: true }).fill('short');
    await page.getByLabel('Confirm the new password').fill('short');
    await page.getByRole('button', { name: 'Set my new password' }).click();
    await page.locator('#password-error').waitFor();
    expect(await page.locator('#password-error').textContent()).toContain('New password must be at least 12 characters');
    await page.getByLabel('New password', { exact: true }).fill('marble orchard tuesday 61');
    await page.getByLabel('Confirm the new password').fill('marble orchard tuesday 61');
    await page.getByRole('button', { name: 'Set my new password' }).click();
    await page.getByText('Your password is set').waitFor();
    await page.getByLabel('Password', { exact: true }).fill('marble orchard tuesday 61');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Welcome, Priya');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it("shows an auditor the admin's import in the audit trail", async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'auditor@demo.test');
    await switchOrganisation(page, 'Demo Academy Trust');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Audit trail' }).click();
    await heading(page, 'Audit trail');
    await page.getByLabel('What happened').selectOption({ label: 'Imported a list of people' });
    await page.getByRole('button', { name: 'Search the trail' }).click();
    const trail = page.getByRole('table', { name: /Audit trail of Demo Academy Trust/ });
    const entry = trail.getByRole('row').filter({ hasText: 'Ada Admin imported a list of people.' });
    await entry.waitFor();
    await entry.locator('summary').click();
    expect(await entry.locator('dt', { hasText: 'rows' }).locator('+ dd').textContent()).toBe('2');
    expect(new URL(page.url()).searchParams.get('action')).toBe('people.imported');
    await expectAccessible(page, "the auditor's audit trail");

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You have signed out').waitFor();
    await expectAccessible(page, 'the sign-in page after signing out');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  // Before the member turns on two-factor sign-in (below): these journeys sign them in with a password alone.
  it("lets a member rate a standard in this year's draft with evidence, read the dashboard, plan a goal from a priority, record CPD and download their record", async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'member@demo.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your development' }).click();
    await heading(page, 'Your development');
    // The chart and the table of the same figures: this year against last, standard by standard.
    await page.getByRole('figure', { name: /^Rating for each standard, \d{4} and \d{4}/ }).waitFor();
    const ratings = page.getByRole('table', { name: 'Ratings for each standard, every year' });
    expect(await ratings.getByRole('row').filter({ hasText: 'Build positive and collaborative relationships' }).textContent()).toMatch(/Established \(3\).*Beginning \(1\).*Down 2 levels/);
    expect(await page.getByRole('region', { name: 'Weakest standards' }).textContent()).toContain('Standard 6');
    await expectAccessible(page, 'the development dashboard');
    await page.setViewportSize({ width: 390, height: 844 });
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await page.setViewportSize({ width: 1280, height: 800 });

    // This year's draft: a rating saves at once, a reflection when the person leaves the box.
    await page.getByRole('link', { name: /^Continue your \d{4} self-assessment$/ }).click();
    await heading(page, /^Your \d{4} self-assessment$/);
    const standard13 = page.getByRole('region', { name: 'Standard 13' });
    await standard13.getByLabel('3 Established').check();
    await standard13.getByRole('status').filter({ hasText: 'Saved' }).waitFor();
    await standard13.getByLabel(/^Your reflection/).fill('Each learner sets a target with me every half term.');
    await standard13.getByLabel(/^Your reflection/).blur();
    await standard13.locator('summary', { hasText: 'Add evidence' }).click();
    await standard13.getByLabel('Your note').fill('Learner survey, spring term: 9 in 10 know their next step.');
    await standard13.getByRole('button', { name: /^Add evidence/ }).click();
    await standard13.getByText('Learner survey, spring term: 9 in 10 know their next step.').waitFor();
    // A file whose name says PDF but whose content is text is refused, and the page says why.
    await standard13.getByLabel('A file').check();
    await standard13.getByLabel('The file', { exact: true }).setInputFiles({ name: 'observation.pdf', mimeType: 'application/pdf', buffer: Buffer.from('Notes from an observation') });
    await standard13.getByRole('button', { name: /^Add evidence/ }).click();
    await standard13.getByRole('alert').filter({ hasText: 'says .pdf but the content is TXT' }).waitFor();
    await expectAccessible(page, 'a draft self-assessment with an error');
    // Submitting with standards unrated lists each one, linked to its rating.
    await page.getByRole('button', { name: 'Submit self-assessment' }).click();
    const problems = page.getByRole('alert').filter({ hasText: 'Standard 14 has no rating yet' });
    await problems.waitFor();
    expect(await problems.getByRole('link').count()).toBe(7);
    await problems.getByRole('link', { name: 'Standard 14 has no rating yet' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rating-14-1');
    // Saved: the page opened afresh shows the rating and the evidence.
    await page.reload();
    await heading(page, /^Your \d{4} self-assessment$/);
    expect(await page.getByRole('region', { name: 'Standard 13' }).getByLabel('3 Established').isChecked()).toBe(true);
    expect(await page.getByRole('region', { name: 'Standard 13' }).getByLabel(/^Your reflection/).inputValue()).toBe('Each learner sets a target with me every half term.');

    // A goal from the weakest standard.
    const development = page.getByRole('navigation', { name: 'Your development' });
    await development.getByRole('link', { name: 'Dashboard' }).click();
    await heading(page, 'Your development');
    await page.getByRole('link', { name: /^Add a goal for this standard\s*: standard 6$/ }).click();
    await heading(page, 'Your development plan');
    const goalForm = page.getByRole('region', { name: 'Add a goal' });
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('goal-form-heading');
    expect(await goalForm.getByLabel(/^Standard 6 /).isChecked()).toBe(true);
    await goalForm.getByLabel('The goal').fill('Run a peer-support scheme with two colleagues');
    await goalForm.getByLabel('How you will know it is met').fill('Three joint planning sessions held; learners report feeling supported');
    await goalForm.getByLabel('Target date').fill(`${new Date().getFullYear() + 1}-03-31`);
    await goalForm.getByRole('button', { name: 'Add the goal' }).click();
    await page.getByText('Added the goal “Run a peer-support scheme with two colleagues” to your plan').waitFor();
    const goal = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Run a peer-support scheme with two colleagues' }) });
    expect(await goal.textContent()).toContain('Standard 6');
    await expectAccessible(page, 'the development plan');

    // CPD in hours and minutes, tied to the standard it develops.
    await development.getByRole('link', { name: 'CPD record' }).click();
    await heading(page, 'Your CPD record');
    const record = page.getByRole('region', { name: 'Record CPD' });
    await record.getByLabel('Kind of activity').selectOption({ label: 'Reading' });
    await record.getByLabel('What it was').fill('Restorative approaches in the classroom');
    await record.getByLabel('Date', { exact: true }).fill(new Date().toLocaleDateString('en-CA'));
    await record.getByLabel('Hours', { exact: true }).fill('1');
    await record.getByLabel('Minutes', { exact: true }).fill('30');
    await record.getByLabel(/^Standard 6 /).check();
    await record.getByRole('button', { name: 'Record the activity' }).click();
    await page.getByText('Recorded “Restorative approaches in the classroom”, 1 hour 30 minutes').waitFor();
    const activity = page.getByRole('table', { name: /^CPD in \d{4}/ }).getByRole('row').filter({ hasText: 'Restorative approaches in the classroom' });
    await activity.waitFor();
    expect(await page.getByRole('region', { name: /CPD has touched/ }).textContent()).toContain('Standard 6');
    // Evidence of the activity: a certificate as a file, judged by its content.
    await activity.locator('summary', { hasText: 'Add evidence' }).click();
    await activity.getByLabel('A file').check();
    await activity.getByLabel('The file', { exact: true }).setInputFiles({ name: 'reading-notes.txt', mimeType: 'text/plain', buffer: Buffer.from('Chapter 3: restorative questions to use after an incident.') });
    await activity.getByRole('button', { name: /^Add evidence/ }).click();
    await page.getByText('Added “reading-notes.txt” to “Restorative approaches in the classroom”').waitFor();
    await activity.getByRole('link', { name: 'reading-notes.txt' }).waitFor();
    expect(await page.getByRole('region', { name: /has not touched/ }).textContent()).not.toContain('Standard 6:');
    await expectAccessible(page, 'the CPD record');

    // The whole record as a PDF.
    await development.getByRole('link', { name: 'Dashboard' }).click();
    await heading(page, 'Your development');
    const pdf = page.getByRole('link', { name: 'Download as PDF' });
    const [download] = await Promise.all([page.waitForEvent('download'), pdf.click()]);
    expect(download.suggestedFilename()).toBe('my-development-record.pdf');
    const response = await context.request.get((await pdf.getAttribute('href'))!);
    expect(response.headers()['content-type']).toContain('application/pdf');
    expect((await response.body()).subarray(0, 5).toString()).toBe('%PDF-');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it("shares the member's record with their mentor, who reads it but cannot change it", async () => {
    const mentor = await newVisitor(browser, server.url);
    await signIn(mentor.page, 'mentor@demo.test');
    await switchOrganisation(mentor.page, 'Demo Society for Education and Training');
    await mentor.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your development' }).click();
    await heading(mentor.page, 'Your development');
    await mentor.page.getByRole('navigation', { name: 'Your development' }).getByRole('link', { name: 'Sharing' }).click();
    await heading(mentor.page, 'Sharing');

    // The member cannot see the mentor in the list of people, but finds them by name to share with.
    const member = await newVisitor(browser, server.url);
    await signIn(member.page, 'member@demo.test');
    await member.page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your development' }).click();
    await member.page.getByRole('navigation', { name: 'Your development' }).getByRole('link', { name: 'Sharing' }).click();
    await heading(member.page, 'Sharing');
    await member.page.getByRole('button', { name: 'Share my record' }).click();
    await member.page.getByRole('alert').filter({ hasText: 'The person to share with is not chosen' }).waitFor();
    await expectAccessible(member.page, 'the sharing page with an error');
    // Few people may be chosen here, so they are all listed, by name and role.
    const shareWith = member.page.getByRole('group', { name: 'Share with' });
    expect(await shareWith.textContent()).toMatch(/Mina Mentor\s*Mentor/);
    await shareWith.getByRole('radio', { name: /^Mina Mentor/ }).check();
    await expectAccessible(member.page, 'the sharing page with a person chosen');
    await member.page.getByRole('button', { name: 'Share my record' }).click();
    await member.page.getByText('Mina Mentor can now read your development record').waitFor();
    expect(await member.page.getByRole('region', { name: 'Who can read your record' }).textContent()).toContain('Mina Mentor');
    expect(member.cspViolations).toEqual([]);
    await member.context.close();

    const { page, cspViolations, context } = mentor;
    await page.reload();
    await heading(page, 'Sharing');
    await page.getByRole('region', { name: 'Records shared with you' }).getByRole('link', { name: 'Morgan Member’s development record' }).click();
    await heading(page, 'Morgan Member’s development');
    await page.getByText('Read-only: Morgan Member shares their development record with you').waitFor();
    await page.getByRole('table', { name: 'Ratings for each standard, every year' }).waitFor();
    expect(await page.getByRole('link', { name: /^Add a goal/ }).count()).toBe(0);
    // The mentor may take the shared record away, as the member can.
    const csvLink = page.getByRole('link', { name: 'Download as CSV' });
    const csvResponse = await context.request.get((await csvLink.getAttribute('href'))!);
    expect(csvResponse.headers()['content-disposition']).toBe('attachment; filename="development-record.csv"');
    expect(await csvResponse.text()).toContain('Inclusive practice in further education');
    await expectAccessible(page, "a shared person's dashboard");
    const shared = page.getByRole('navigation', { name: 'Morgan Member’s development record' });
    await shared.getByRole('link', { name: 'Development plan' }).click();
    await heading(page, 'Morgan Member’s development plan');
    await page.getByRole('heading', { name: 'Run a peer-support scheme with two colleagues' }).waitFor();
    expect(await page.getByRole('button', { name: /^Change|^Remove/ }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Add a goal' }).count()).toBe(0);
    await shared.getByRole('link', { name: 'Self-assessments' }).click();
    await heading(page, 'Morgan Member’s self-assessments');
    await page.getByRole('table', { name: /self-assessments, newest first/ }).getByRole('link').first().click();
    await heading(page, /^Morgan Member’s \d{4} self-assessment$/);
    const standard13 = page.getByRole('region', { name: 'Standard 13' });
    expect(await standard13.textContent()).toContain('Established (3)');
    expect(await standard13.textContent()).toContain('Learner survey, spring term');
    expect(await page.getByRole('radio').count()).toBe(0);
    await expectAccessible(page, "a shared person's self-assessment");
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows a leader how people rate themselves by cohort, never for a group under five', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'admin@demo.test');
    await switchOrganisation(page, 'Demo Society for Education and Training');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Development insights' }).click();
    await heading(page, 'Development insights');
    // This year, only the demo member has a draft: nothing to show.
    await page.getByText('Note: Too few people to show').waitFor();
    // Last year, eight members submitted: five joined in 2019, three in 2023, too few to show on their own.
    expect(await page.getByLabel('Group people by').inputValue()).toBe('cohort');
    await page.getByLabel('Year', { exact: true }).selectOption(String(new Date().getFullYear() - 1));
    await page.getByRole('button', { name: 'Show', exact: true }).click();
    await page.getByText('8 people submitted a self-assessment.').waitFor();
    const cpd = page.getByRole('table', { name: /^CPD in \d{4} by cohort/ });
    expect(await cpd.getByRole('row').filter({ hasText: 'Joined in 2019' }).getByRole('cell').first().textContent()).toBe('5');
    expect(await cpd.getByRole('row').filter({ hasText: 'Joined in 2023' }).textContent()).toContain('Too few people to show');
    await expectAccessible(page, 'development insights');
    // The admin sees which standards people assess themselves against, and could choose another adopted code.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Organisation' }).click();
    const standards = page.getByRole('region', { name: 'Standards for self-assessment' });
    await standards.getByText('the adopted code with the most standards.', { exact: false }).waitFor();
    expect(await standards.textContent()).toContain('Professional Standards for Teachers and Trainers (2014), 20 standards');
    await expectAccessible(page, 'the organisation page');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets a member turn on two-factor sign-in, then asks for a code when they sign in', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'member@demo.test');
    await page.getByRole('banner').getByRole('link', { name: 'Your account' }).click();
    await heading(page, 'Your account');
    await expectAccessible(page, 'the account page');

    const twoFactor = page.getByRole('region', { name: 'Two-factor sign-in' });
    await twoFactor.getByLabel('Your password').fill('probity-demo-2026');
    await twoFactor.getByRole('button', { name: 'Start' }).click();
    const secret = (await page.locator('#two-factor-secret').textContent())!.replace(/\s/g, '');
    await twoFactor.getByLabel('Code').fill(new TOTP({ secret: Secret.fromBase32(secret), period: 30 }).generate());
    await expectAccessible(page, 'the account page while setting up two-factor sign-in');
    await twoFactor.getByRole('button', { name: 'Turn on two-factor sign-in' }).click();
    await page.getByText('Save your recovery codes').waitFor();
    const recoveryCode = (await twoFactor.locator('.recovery-codes code').first().textContent())!;
    await twoFactor.getByRole('button', { name: 'I have saved them' }).click();
    await twoFactor.getByText('On', { exact: true }).waitFor();

    await page.getByRole('button', { name: 'Sign out', exact: true }).click();
    await page.getByText('You have signed out').waitFor();
    await page.getByLabel('Email address').fill('member@demo.test');
    await page.getByLabel('Password', { exact: true }).fill('probity-demo-2026');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await heading(page, 'Enter your code');
    await page.getByLabel('Code').fill('000000');
    await page.getByRole('button', { name: 'Continue' }).click();
    await page.getByRole('alert').waitFor();
    expect(await alertText(page)).toContain('is not the current code from your authenticator app');
    await expectAccessible(page, 'the code step of signing in, with an error');
    // A recovery code, since the app's current code was spent turning two-factor sign-in on.
    await page.getByLabel('Code').fill(recoveryCode);
    await page.getByRole('button', { name: 'Continue' }).click();
    await heading(page, 'Welcome, Morgan');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows a teacher a deadline and the code that binds them, which they read and confirm', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'teacher@demo.test');
    await switchOrganisation(page, 'Demo Academy Trust');
    const deadlinesHere = page.getByRole('region', { name: 'Your deadlines here' });
    await deadlinesHere.getByText('Read and confirm: Code of Conduct (2020)').waitFor();
    expect(await deadlinesHere.textContent()).toContain('Complete the safeguarding refresher');
    expect(await page.getByRole('region', { name: 'Codes that bind you' }).textContent()).toMatch(/To confirm by/);
    await expectAccessible(page, "the teacher's home page with deadlines and codes");

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your deadlines' }).click();
    await heading(page, 'Your deadlines');
    const mine = page.getByRole('table', { name: 'Your deadlines, soonest first' });
    expect(await mine.getByRole('row').filter({ hasText: 'Complete the safeguarding refresher' }).textContent()).toContain('Overdue');
    await expectAccessible(page, 'your deadlines');

    await mine.getByRole('link', { name: 'Read and confirm Code of Conduct (2020)' }).click();
    await heading(page, 'Code of Conduct (2020)');
    await page.locator('[id="p-3.1"]').getByText('by the end of the academy day').waitFor();
    const confirm = page.getByRole('region', { name: 'Confirm for Demo Academy Trust' });
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    await confirm.getByText('The statement must be ticked to confirm').first().waitFor();
    await expectAccessible(page, 'a code to confirm, with an error');
    await confirm.getByLabel('I have read and understood this code, and I will follow it.').check();
    await confirm.getByRole('button', { name: 'Confirm' }).click();
    await confirm.getByText('You confirmed Code of Conduct (2020)').waitFor();
    await expectAccessible(page, 'a confirmed code');

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Your deadlines' }).click();
    await heading(page, 'Your deadlines');
    await mine.getByRole('rowheader', { name: /^Complete the safeguarding refresher/ }).waitFor();
    // Confirming met the deadline: once the list is fresh, it is gone.
    await mine.getByRole('rowheader', { name: /^Read and confirm: Code of Conduct \(2020\)/ }).waitFor({ state: 'detached' });
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lowers the inbox count in the masthead when a notification is read', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'teacher@demo.test');
    const inbox = page.getByRole('banner').getByRole('link', { name: /^Inbox/ });
    // The count is in the link's name: "Inbox, 4 unread" to a screen reader.
    const unread = async () => Number(/^Inbox, (\d+) unread$/.exec((await inbox.getAttribute('aria-label')) ?? '')?.[1] ?? 0);
    await expect.poll(unread).toBeGreaterThan(0);
    const before = await unread();
    await page.getByRole('banner').getByRole('link', { name: `Inbox, ${before} unread`, exact: true }).waitFor();
    await inbox.click();
    await heading(page, 'Inbox');
    await expectAccessible(page, 'the inbox');
    await page.getByRole('button', { name: /^Mark as read\s*: New deadline: Complete the safeguarding refresher$/ }).click();
    await page.getByText('Marked “New deadline: Complete the safeguarding refresher” as read').waitFor();
    await expect.poll(unread).toBe(before - 1);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets an admin compare the 2009 and 2015 codes of conduct side by side, and see who has not confirmed a code', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'admin@demo.test');
    await switchOrganisation(page, 'Demo Academy Trust');
    const nav = page.getByRole('navigation', { name: 'Main' });
    await nav.getByRole('link', { name: 'Codes adopted here', exact: true }).click();
    await heading(page, 'Codes adopted here');
    await expectAccessible(page, "the organisation's codes");
    await page.getByRole('link', { name: 'The whole library' }).click();
    await heading(page, 'The codes library');
    await expectAccessible(page, 'the codes library');

    await page.getByRole('link', { name: 'Compare 2009 with 2015 (Code of Conduct)' }).click();
    await heading(page, 'Code of Conduct: 2009 and 2015 side by side');
    expect(await page.getByLabel('Older version (left)').inputValue()).toBe('2009');
    expect(await page.getByLabel('Newer version (right)').inputValue()).toBe('2015');
    const g = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: /^\(g\) → G/ }) });
    expect(await g.locator('.compare-old del').textContent()).toBe('[removed: judgement ]');
    expect(await g.locator('.compare-new ins').textContent()).toBe('[added: judgment ]');
    expect(await g.locator('.compare-new').textContent()).not.toContain('judgement');
    await page.getByLabel('Hide unchanged provisions').check();
    await page.getByText(/^Showing \d+ of \d+ provisions\.$/).waitFor();
    expect(new URL(page.url()).searchParams.get('unchanged')).toBe('hide');
    await expectAccessible(page, 'two versions side by side');

    // The teacher confirmed the trust's code in an earlier journey: the dashboard counts them, not among those who have not.
    await nav.getByRole('link', { name: 'Attestation' }).click();
    await heading(page, 'Attestation');
    await page.getByRole('link', { name: 'Read and confirm: Code of Conduct (2020)' }).click();
    await heading(page, 'Read and confirm: Code of Conduct (2020)');
    await expectAccessible(page, 'an attestation dashboard');
    const byAcademy = page.getByRole('table', { name: 'Confirmations by academy' });
    expect(await byAcademy.getByRole('row').filter({ hasText: 'Northfield Academy' }).textContent()).toMatch(/1 of \d+/);
    await byAcademy.getByRole('link', { name: 'Who has not confirmed, Northfield Academy' }).click();
    const pending = page.getByRole('table', { name: 'Who has not confirmed: Northfield Academy' });
    await pending.waitFor();
    expect(await pending.textContent()).toContain('Priya');
    expect(await pending.textContent()).not.toContain('Tariq Teacher');

    // The list's own filters, kept with the drill-down's academy: the teacher found by name among those who have confirmed.
    const filters = page.getByRole('search', { name: 'People asked' });
    expect(await filters.getByLabel('Confirmed').inputValue()).toBe('pending');
    await filters.getByLabel('Confirmed').selectOption({ label: 'Confirmed' });
    await filters.getByLabel('Name or email').fill('tariq');
    await filters.getByRole('button', { name: 'Show people' }).click();
    const confirmed = page.getByRole('table', { name: 'Who has confirmed: Northfield Academy matching “tariq”' });
    await confirmed.waitFor();
    expect(await confirmed.getByRole('rowheader').allTextContents()).toEqual([expect.stringContaining('Tariq Teacher')]);
    expect(await page.getByRole('status').filter({ hasText: 'matching' }).textContent()).toBe('1 person in Northfield Academy matching “tariq” who has confirmed.');
    // The spreadsheet is of the same people.
    expect(new URL(await page.getByRole('link', { name: /^Download as CSV/ }).getAttribute('href') ?? '', server.url).searchParams.get('q')).toBe('tariq');
    await expectAccessible(page, 'an attestation dashboard, filtered');
    await page.setViewportSize(PHONE);
    await expectUsable(page, 'an attestation dashboard on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('finds a provision by search with the matching words marked, and opens it at its stable address', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url);
    await signIn(page, 'dsl@demo.test');
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Codes adopted here', exact: true }).click();
    await page.getByRole('link', { name: 'Search the codes' }).click();
    await heading(page, 'Search the codes');
    const searchPage = new URL(page.url()).pathname;
    await page.getByLabel('Words to find').fill('end of the academy day');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const result = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Code of Conduct (2020) 3.1' }) });
    await result.waitFor();
    expect((await result.locator('mark').allTextContents()).map((word) => word.toLowerCase())).toEqual(expect.arrayContaining(['academy', 'day']));
    await expectAccessible(page, 'search results');

    await result.getByRole('link', { name: 'Code of Conduct (2020) 3.1' }).click();
    await heading(page, 'Code of Conduct (2020)');
    expect(new URL(page.url()).pathname + new URL(page.url()).hash).toBe('/codes/att-staff-code-of-conduct/2020#p-3.1');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('p-3.1');
    expect(await page.locator('[id="p-3.1"]').isVisible()).toBe(true);
    await page.getByText('What cites provision 3.1 in Demo Academy Trust').waitFor();
    await expectAccessible(page, 'a code opened at a provision');

    // The address is stable: opened afresh, it lands on the same provision.
    await page.goto('/codes/att-staff-code-of-conduct/2020#p-20.3');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('p-20.3');

    // The provision picker, with the keyboard alone.
    await page.goto(searchPage);
    await heading(page, 'Search the codes');
    await page.getByRole('combobox', { name: 'Provision' }).fill('police');
    await page.getByRole('listbox').getByRole('option').first().waitFor();
    await expectAccessible(page, 'the provision picker with suggestions');
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('combobox', { name: 'Provision' }).getAttribute('aria-activedescendant')).toBeTruthy();
    await page.keyboard.press('Enter');
    await heading(page, 'Code of Conduct (2020)');
    expect(new URL(page.url()).hash).toMatch(/^#p-/);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('fits the home page on a 390-pixel-wide phone screen without sideways scrolling', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, { width: 390, height: 844 });
    await signIn(page, 'admin@demo.test');
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, screen: window.innerWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.screen);
    await expectAccessible(page, 'the home page on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

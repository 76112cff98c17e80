import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pdfText } from '../pdf.ts';
import { DESK, expectUsable, heading, launchBrowser, navigate, newVisitor, PHONE, signIn, SOCIETY, startServer, switchOrganisation, TRUST, type Server } from './harness.ts';

// Cases as people meet them, on the demo: the Society's case officer finds their caseload, opens a
// membership application and walks it through assessment to a decision with reasons and an outcome letter;
// in the trust, the chief operating officer, also a case officer, connected by a declaration to the member
// of staff an allegation is about, is not offered for it and cannot open it; the member the Society's
// suitability case is about answers its request for information on a phone and reads their letter; the
// panel member reads the hearing bundle; a notification marked for a case leads to the case it opened; the
// admin reads the statistics. Every page is checked with axe-core.

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** The case officer's note in the demo's suitability case: the member never reads it. */
const NOTE = 'Spoke with the college’s HR lead';
const REASONS = 'The applicant meets the conditions of membership and declared nothing that bears on suitability.';

/** Downloads a letter through its link, as the signed-in person, and reads its text. */
async function letterText(page: Page, link: string | RegExp) {
  const href = await page.getByRole('link', { name: link }).first().getAttribute('href');
  const response = await page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  return pdfText(await response.body());
}

let allegationPath = '';

describe('cases', () => {
  it('lets the Society’s case officer open a membership application and take it to a decision with reasons and an outcome letter', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'case-officer@demo.test');
    await switchOrganisation(page, SOCIETY);
    await navigate(page, 'Cases');
    await heading(page, 'Cases');
    const caseload = page.getByRole('table', { name: /^Your cases, overdue first/ });
    await caseload.getByRole('row').filter({ hasText: 'Morgan Member' }).getByText('Investigation').waitFor();
    await caseload.getByRole('row').filter({ hasText: 'Eilidh Fraser' }).getByText('Assessment').waitFor();
    await expectUsable(page, 'the caseload');

    await page.getByRole('link', { name: 'Open a case' }).click();
    await heading(page, 'Open a case');
    await page.getByLabel('Type').selectOption({ label: 'Application for membership' });
    await page.getByRole('button', { name: 'Open the case' }).click();
    // Nothing chosen: the API names each field at fault.
    await page.locator('.field-error').filter({ hasText: 'What it is about' }).first().waitFor();
    await expectUsable(page, 'opening a case, with errors');
    const subject = page.getByRole('group', { name: 'The person it is about' });
    await subject.getByLabel('Find them by name').fill('Patel');
    await subject.getByLabel('Find them by name').press('Enter');
    await subject.getByLabel('Dev Patel').check();
    await page.getByLabel('Where it came from').selectOption({ label: 'Received directly (an application, a report to us)' });
    await page.getByLabel('What it is about').fill('An application to rejoin as a full member after two years away.');
    await page.getByRole('button', { name: 'Open the case' }).click();
    await heading(page, /^MA-\d{4}-[0-9A-F]{8}: Application for membership$/);
    await page.getByText(/^Done: Opened MA-/).waitFor();
    const reference = (await page.getByRole('heading', { level: 1 }).textContent())!.split(':')[0]!;
    // The letter sent on opening acknowledged it, so no acknowledgement is left to do.
    await page.getByRole('region', { name: 'What is due next' }).getByText('Nothing is due: no deadline of this case is open.').waitFor();
    await page.getByRole('region', { name: 'Letters' }).getByRole('link', { name: /^Your application for membership/ }).waitFor();
    await expectUsable(page, 'a case just opened');

    const steps = page.getByRole('region', { name: 'What you can do' });
    await steps.getByLabel('Move it to').selectOption({ label: 'Assessment' });
    await steps.getByRole('button', { name: 'Move it on' }).click();
    await page.getByText('Done: Moved on').waitFor();
    await page.getByRole('region', { name: 'Where it stands' }).getByText('Assessment', { exact: true }).waitFor();
    await steps.getByLabel('Move it to').selectOption({ label: 'Decision' });
    await steps.getByRole('button', { name: 'Move it on' }).click();
    await page.getByRole('region', { name: 'Where it stands' }).getByText('Decision', { exact: true }).waitFor();

    // A decision without reasons is refused, against its field.
    await steps.getByLabel('Outcome').selectOption({ label: 'Admitted to membership' });
    await steps.getByRole('button', { name: 'Record the decision' }).click();
    await steps.locator('.field-error').filter({ hasText: 'A decision gives its reasons' }).waitFor();
    expect(await steps.getByLabel('Reasons').getAttribute('aria-invalid')).toBe('true');
    await expectUsable(page, 'a decision without reasons');
    await steps.getByLabel('Reasons').fill(REASONS);
    await steps.getByRole('button', { name: 'Record the decision' }).click();
    await page.getByText('Done: The decision is recorded').waitFor();
    await steps.getByRole('button', { name: 'Issue the outcome' }).click();
    await page.getByText('Done: The outcome is issued').waitFor();
    const letters = page.getByRole('region', { name: 'Letters' });
    await letters.getByRole('link', { name: /^The outcome of your application for membership/ }).waitFor();
    const chronology = page.getByRole('region', { name: 'Chronology' });
    for (const event of ['Received and opened', 'Decided', 'Outcome issued', 'Letter sent']) await chronology.getByText(event, { exact: true }).first().waitFor();
    await expectUsable(page, 'a case with its outcome issued');

    const letter = await letterText(page, /^The outcome of your application for membership/);
    for (const words of [SOCIETY, `Our reference: ${reference}`, 'Dear Dev Patel,', 'Outcome: Admitted to membership.', REASONS, 'Provisions concerned', 'SET Code of Practice']) expect(letter).toContain(words);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('never offers the chief operating officer for the allegation about a colleague he declared a connection with, nor lets him open it', async () => {
    const officer = await newVisitor(browser, server.url, DESK);
    await signIn(officer.page, 'case-officer@demo.test');
    await switchOrganisation(officer.page, TRUST);
    await navigate(officer.page, 'Cases');
    await officer.page.getByRole('row').filter({ hasText: 'Jess Walker' }).getByRole('link').click();
    await heading(officer.page, /^AL-\d{4}-[0-9A-F]{8}: Allegation about a member of staff$/);
    allegationPath = new URL(officer.page.url()).pathname;
    const team = officer.page.getByRole('region', { name: 'Officers and panel' });
    await team.getByRole('listitem').filter({ hasText: 'Colm Operations: declared a connection with the person' }).waitFor();
    const offered = await team.getByLabel('Case officer').locator('option').allTextContents();
    expect(offered).not.toContain('Colm Operations');
    await expectUsable(officer.page, 'an allegation case, to its officer');
    expect(officer.cspViolations).toEqual([]);
    await officer.context.close();

    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'coo@demo.test');
    await navigate(page, 'Cases');
    await heading(page, 'Cases');
    await page.getByText('You are on no case here.').waitFor();
    await page.goto(allegationPath);
    await page.getByText('Error: No such case').waitFor();
    expect(await page.locator('main').textContent()).not.toContain('Jess Walker');
    await expectUsable(page, 'a case one is barred from');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets the member answer a request for information on a phone, with a document and their consent, and read their letter', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'member@demo.test');
    await navigate(page, 'Your cases');
    await heading(page, 'Your cases');
    const mine = page.getByRole('region', { name: /^Suitability for membership/ });
    await mine.getByText('Tell us about the warning the college gave you').waitFor();
    await expectUsable(page, 'your cases on a phone');

    const answer = mine.getByRole('form', { name: 'Your answer' });
    await answer.getByLabel('Your answer').fill('The college warned me for arriving late to three classes in one term; I have been on time since.');
    await answer.getByLabel('Documents (optional)').setInputFiles({ name: 'college-letter.txt', mimeType: 'text/plain', buffer: Buffer.from('The college’s letter of warning, 2026.') });
    await answer.getByRole('button', { name: 'Send your answer' }).click();
    // Consent asked for and not given: refused, against the question.
    await answer.locator('.field-error').filter({ hasText: 'Say whether you consent' }).waitFor();
    await expectUsable(page, 'an answer without consent, on a phone');
    await answer.getByLabel('Yes, I consent').check();
    await answer.getByRole('button', { name: 'Send your answer' }).click();
    await page.getByText('Done: Your answer is sent with one document').waitFor();
    await mine.getByText(/^You consented: “I consent to Northfield College disclosing/).waitFor();
    await expectUsable(page, 'an answered request, on a phone');

    const text = (await page.locator('main').textContent())!;
    expect(text).not.toContain(NOTE);
    expect(text).not.toContain('Chronology');
    const letter = await letterText(page, /^A request for information/);
    for (const words of [SOCIETY, 'Dear Morgan Member,', 'Tell us about the warning the college gave you', 'Northfield College', 'SET Code of Practice, provision 8']) expect(letter).toContain(words);
    await page.getByRole('link', { name: /^Information about your suitability for membership/ }).waitFor();
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets the lay member of the panel read the hearing bundle', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'panel@demo.test');
    await switchOrganisation(page, SOCIETY);
    await navigate(page, 'Cases');
    await page.getByRole('row').filter({ hasText: 'Morgan Member' }).getByRole('link').click();
    await heading(page, /^SU-\d{4}-[0-9A-F]{8}: Suitability for membership$/);
    expect(await page.getByRole('region', { name: 'What you can do' }).count()).toBe(0);
    await expectUsable(page, 'a case, to its panel');
    await page.getByRole('link', { name: 'The hearing bundle' }).click();
    await heading(page, /^Hearing bundle: SU-/);
    const matter = page.getByRole('region', { name: 'The matter' });
    await matter.getByText('Penny Panel (lay member)', { exact: false }).waitFor();
    await page.getByRole('region', { name: 'Requests for information and documents' }).getByText('Tell us about the warning the college gave you').waitFor();
    await page.getByRole('region', { name: 'Letters' }).getByRole('link', { name: /^A request for information/ }).waitFor();
    await expectUsable(page, 'the hearing bundle');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('takes the Society’s case officer from a late notification, marked for a case, to the case it opened', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'case-officer@demo.test');
    await switchOrganisation(page, SOCIETY);
    await navigate(page, 'Declarations to you');
    await page.getByRole('link', { name: /^Late \(1\)$/ }).click();
    await page.getByRole('row').filter({ hasText: 'Finn Murphy' }).getByRole('link', { name: 'A charge, conviction or caution' }).click();
    const mark = page.getByRole('form', { name: 'Mark it for a case' });
    await mark.getByLabel('Why it needs a case').fill('A caution for a public order offence bears on suitability.');
    await mark.getByLabel('Open a case now').selectOption({ label: 'Suitability for membership' });
    await mark.getByRole('button', { name: 'Mark for a case' }).click();
    await page.getByText('Done: A case was opened from it, and the declaration closed').waitFor();
    await page.getByRole('link', { name: /^Open the case SU-\d{4}-[0-9A-F]{8}$/ }).click();
    await heading(page, /^SU-\d{4}-[0-9A-F]{8}: Suitability for membership$/);
    await page.getByRole('region', { name: 'Where it stands' }).getByText('Finn Murphy').waitFor();
    await page.getByRole('region', { name: 'Where it stands' }).getByText(/A declaration or notification/).waitFor();
    await expectUsable(page, 'a case opened from a notification');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the admin the statistics, saying plainly where a group is too small to show', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'admin@demo.test');
    await switchOrganisation(page, SOCIETY);
    await navigate(page, 'Case statistics');
    await heading(page, 'Case statistics');
    await page.getByText(/^Cases opened in any year: Fewer than 5$/).waitFor();
    const byType = page.getByRole('table', { name: /by type$/ });
    await byType.getByRole('row').filter({ hasText: 'Suitability for membership' }).getByText('Fewer than 5').waitFor();
    await byType.getByRole('row').filter({ hasText: 'Allegation about a member of staff' }).getByText('0', { exact: true }).waitFor();
    await expectUsable(page, 'the case statistics on a phone');
    await page.getByLabel('Cases opened', { exact: true }).selectOption({ index: 1 });
    await page.getByText(/^Cases opened in \d{4}: /).waitFor();
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

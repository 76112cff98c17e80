import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { DESK, expectUsable, heading, launchBrowser, navigate, newVisitor, PHONE, signIn, startServer, type Server } from './harness.ts';

// The Society's QTLS and ATS programmes as people meet them, on the demo: a member registers on the ATS
// cohort open for registration (refused against each unanswered question first), finishes and submits their
// QTLS portfolio and reads it on a phone; their supporter reads it; the team reads the cohort's dashboard,
// allocates a reviewer, is refused a cohort starting in the past against its field and a release while a
// review is not done, naming it; the reviewer reviews their colleague's locked copy criterion by criterion
// on a phone; the moderator draws the sample and confirms with reasons and a private note. Every page is
// checked with axe-core.

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const REASONS = 'The review is sound and its feedback says clearly what the evidence shows.';

async function visitor(email: string, viewport: typeof DESK) {
  const visit = await newVisitor(browser, server.url, viewport);
  await signIn(visit.page, email);
  await navigate(visit.page, 'Programmes');
  await heading(visit.page, 'Professional status programmes');
  return visit;
}

/** The cohort of QTLS that has started, from the programmes page. */
async function startedCohort(page: Page) {
  const cohorts = page.getByRole('table', { name: 'Cohorts of Professional formation leading to QTLS' });
  await cohorts.getByRole('link').first().click();
  await heading(page, /^Professional formation leading to QTLS: cohort starting/);
}

describe('programmes', () => {
  it('lets a member register on an open cohort, refused against each unanswered question first, and submit their portfolio', async () => {
    const { context, page } = await visitor('member@demo.test', DESK);
    await page.getByRole('region', { name: 'Your portfolios' }).getByRole('link', { name: 'Morgan Member' }).waitFor();
    await expectUsable(page, 'the programmes, to a member');

    await page.getByRole('link', { name: /^Register for / }).last().click();
    await heading(page, 'Register for Developmental process leading to ATS');
    await page.getByRole('button', { name: 'Register' }).click();
    await page.locator('.field-error').filter({ hasText: 'I accept the terms' }).waitFor();
    await page.getByRole('group', { name: 'Do you hold QTLS or QTS?' }).locator('.field-error').waitFor();
    await expectUsable(page, 'registering, with errors');
    for (const group of await page.getByRole('group').all()) await group.getByLabel('Yes').check();
    await page.getByLabel(/^I accept the terms and conditions/).check();
    await page.getByRole('button', { name: 'Register' }).click();
    await heading(page, 'Developmental process leading to ATS');
    await page.getByText('Done: You are registered on Developmental process leading to ATS').waitFor();
    await page.getByRole('region', { name: 'Where it stands' }).getByText('Registered', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'What you can do' }).getByLabel('Mentor', { exact: true }).waitFor();
    await expectUsable(page, 'a new registration');

    await navigate(page, 'Programmes');
    await page.getByRole('region', { name: 'Your portfolios' }).getByRole('row').filter({ hasText: 'QTLS' }).getByRole('link').click();
    await heading(page, 'Professional formation leading to QTLS');
    await page.getByRole('region', { name: 'Where it stands' }).getByText('Portfolio in progress').waitFor();
    await page.getByRole('region', { name: 'Where it stands' }).getByText(/^Submit the portfolio by/).waitFor();
    // Submitting with a section unwritten is refused, naming it.
    await page.getByRole('button', { name: 'Submit the portfolio' }).click();
    await page.getByText(/Write every section before you submit: Professional skills/).waitFor();
    await page.getByLabel('What you write for Professional skills').fill('I plan from each learner’s starting point and use questioning to check understanding.');
    await page.getByRole('button', { name: 'Save Professional skills' }).click();
    await page.getByText('Done: Professional skills is saved').waitFor();
    await expectUsable(page, 'the portfolio being written');
    await page.getByRole('button', { name: 'Submit the portfolio' }).click();
    await page.getByText('Done: The portfolio is submitted and locked').waitFor();
    await page.getByRole('region', { name: 'Where it stands' }).getByText('Submitted', { exact: true }).waitFor();
    await page.getByRole('heading', { name: /^The portfolio as submitted/ }).waitFor();
    await context.close();
  });

  it('shows the member their portfolio on a phone, and their supporter reads it without writing', async () => {
    const member = await visitor('member@demo.test', PHONE);
    await member.page.getByRole('region', { name: 'Your portfolios' }).getByRole('row').filter({ hasText: 'QTLS' }).getByRole('link').click();
    await heading(member.page, 'Professional formation leading to QTLS');
    await member.page.getByRole('region', { name: 'Where it stands' }).getByText(/^Review and moderation end by/).waitFor();
    await expectUsable(member.page, 'the portfolio on a phone');
    await member.context.close();

    for (const viewport of [PHONE, DESK]) {
      const { context, page } = await visitor('supporter@demo.test', viewport);
      await page.getByRole('region', { name: 'Portfolios you support or mentor' }).getByRole('link', { name: 'Morgan Member' }).click();
      await heading(page, 'Morgan Member: Professional formation leading to QTLS');
      await page.getByText(/I plan from each learner’s starting point/).waitFor();
      if ((await page.getByRole('textbox').count()) !== 0) throw new Error('the supporter is offered a field to write in');
      await expectUsable(page, `the supporter’s reading at ${viewport.width}px`);
      await context.close();
    }
  });

  it('gives the team the cohort’s dashboard, a reviewer to allocate, and refusals against the field or naming who is not ready', async () => {
    const { context, page } = await visitor('pst@demo.test', DESK);
    await page.getByRole('button', { name: 'Open the cohort' }).first().click();
    await page.locator('.field-error').filter({ hasText: 'Starts on' }).first().waitFor();
    await page.getByLabel('Starts on').first().fill('2020-01-06');
    await page.getByRole('button', { name: 'Open the cohort' }).first().click();
    await page.locator('.field-error').filter({ hasText: 'A new cohort starts today or later' }).waitFor();
    await expectUsable(page, 'the programmes, to the team, with an error');

    await startedCohort(page);
    await page.getByRole('table', { name: 'Participants at each point' }).getByRole('row').filter({ hasText: 'Registered' }).getByText('2').waitFor();
    await page.getByRole('figure', { name: /^Participants at each point, of those registered/ }).waitFor();
    await expectUsable(page, 'the cohort’s dashboard');
    await page.getByRole('region', { name: 'Participants' }).getByRole('link', { name: 'Morgan Member' }).click();
    await heading(page, 'Morgan Member: Professional formation leading to QTLS');
    const steps = page.getByRole('region', { name: 'What you can do' });
    await steps.getByLabel('Reviewer', { exact: true }).selectOption({ label: 'Rowan Reviewer' });
    await steps.getByRole('button', { name: 'Allocate a reviewer' }).click();
    await page.getByText('Done: The reviewer is allocated').waitFor();
    await expectUsable(page, 'a participant, to the team');
    await context.close();

    const phone = await visitor('pst@demo.test', PHONE);
    await startedCohort(phone.page);
    await expectUsable(phone.page, 'the cohort’s dashboard on a phone');
    await phone.context.close();
  });

  it('lets the reviewer review a colleague’s locked copy, criterion by criterion, on a phone', async () => {
    const { context, page } = await visitor('reviewer@demo.test', PHONE);
    await page.getByRole('region', { name: 'Portfolios to review' }).getByRole('link', { name: 'Aisha Khan' }).click();
    await heading(page, 'Aisha Khan: Professional formation leading to QTLS');
    await page.getByText(/I teach functional skills mathematics/).waitFor();
    await expectUsable(page, 'a portfolio to review on a phone');
    // Feedback is required: refused against its field.
    await page.getByLabel('Outcome for Professional values and attributes').selectOption({ label: 'Criteria met' });
    await page.getByRole('button', { name: 'Record the review of Professional values and attributes' }).click();
    await page.locator('.field-error').filter({ hasText: 'Feedback' }).first().waitFor();
    for (const title of ['Professional values and attributes', 'Professional knowledge and understanding', 'Professional skills']) {
      await page.getByLabel(`Outcome for ${title}`).selectOption({ label: 'Criteria met' });
      await page.getByLabel(`Feedback on ${title}`).fill(`The evidence for ${title.toLowerCase()} is clear and reflective.`);
      await page.getByRole('button', { name: `Record the review of ${title}` }).click();
      await page.getByText(`Done: ${title} is reviewed`).waitFor();
    }
    await page.getByRole('button', { name: 'Complete the review' }).click();
    await page.getByText('Done: The review is complete').waitFor();
    await expectUsable(page, 'a review completed');
    await context.close();
  });

  it('lets the moderator draw the sample and confirm with reasons and a private note, and the team is told who is not ready for release', async () => {
    const { context, page } = await visitor('moderator@demo.test', DESK);
    await startedCohort(page);
    await page.getByRole('button', { name: 'Draw the sample' }).click();
    await page.getByText(/^Done: The sample is drawn: 1 to moderate/).waitFor();
    await expectUsable(page, 'the cohort, to a moderator');
    await page.getByRole('region', { name: 'Participants' }).getByRole('link', { name: 'Aisha Khan' }).click();
    await heading(page, 'Aisha Khan: Professional formation leading to QTLS');
    const steps = page.getByRole('region', { name: 'What you can do' });
    await steps.getByLabel('Decision').selectOption({ label: 'Confirm the reviewer’s outcome' });
    await steps.getByLabel('Reasons').fill(REASONS);
    await steps.getByLabel('Private note').fill('Strong on research; worth sharing with the next cohort’s reviewers.');
    await steps.getByRole('button', { name: 'Moderate' }).click();
    await page.getByText('Done: The moderation is recorded').waitFor();
    await page.getByText('Strong on research; worth sharing').waitFor();
    await expectUsable(page, 'a moderated participant');
    await context.close();

    const team = await visitor('pst@demo.test', DESK);
    await startedCohort(team.page);
    await team.page.getByRole('button', { name: 'Release the outcomes' }).click();
    await team.page.getByText('Error: Nothing was released').waitFor();
    await expectUsable(team.page, 'a release refused');
    await team.context.close();
  });
});

import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD, DESK, expectUsable, heading, launchBrowser, navigate, newVisitor, PHONE, signIn, SOCIETY, startServer, switchOrganisation, type Server } from './harness.ts';

// The Society's QTLS and ATS programmes as people meet them, on the demo: a member registers on the ATS
// cohort open for registration (refused against each unanswered question first), finishes and submits their
// QTLS portfolio and reads it on a phone; their supporter reads it; the team reads the cohort's dashboard,
// allocates a reviewer, is refused a cohort starting in the past against its field and a release while a
// review is not done, naming it; the reviewer reviews their colleague's locked copy criterion by criterion
// on a phone; the moderator draws the sample and confirms with reasons and a private note. On the member's
// ATS portfolio: a question through one of the programme's channels answered from the team's queue; a
// request for adjustments agreed there with more time, which moves the member's own submission deadline; an
// appeal about the support and its written response; the team's mentor pool, a mentor added to it, and the
// member asking the body for their ATS mentor and matched by subject; the member inviting their own mentor by
// email, refused for themselves, withdrawing one invitation, and the invitee accepting through the emailed
// link, signing in on the way. The member attaches a file as evidence under a section and sees their
// development record from the workbook, both then part of the locked copy. The team adds a webinar to the
// started cohort's messages and webinars, and the member sees it on their portfolio. Every page is checked with axe-core.

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

/** The member's ATS portfolio (registered in the first journey), from the programmes page. */
async function atsPortfolio(page: Page) {
  await page.getByRole('region', { name: 'Your portfolios' }).getByRole('row').filter({ hasText: 'ATS' }).getByRole('link').click();
  await heading(page, 'Developmental process leading to ATS');
}

/** The team's queue of questions, adjustments and appeals, from the main navigation. */
async function supportQueue(viewport: typeof DESK) {
  const visit = await newVisitor(browser, server.url, viewport);
  await signIn(visit.page, 'pst@demo.test');
  await navigate(visit.page, 'Programme support');
  await heading(visit.page, 'Programme support');
  return visit;
}

const dateOnly = new Intl.DateTimeFormat('en-GB', { dateStyle: 'medium', timeZone: 'UTC' });
const DAY = 86_400_000;

/** The cohort of QTLS that has started, from the programmes page. */
async function startedCohort(page: Page) {
  const cohorts = page.getByRole('table', { name: 'Cohorts of Professional formation leading to QTLS' });
  await cohorts.getByRole('link').first().click();
  await heading(page, /^Professional formation leading to QTLS: cohort starting/);
}

describe('programmes', () => {
  it('lets a member register on an open cohort, refused against each unanswered question first, and submit their portfolio', async () => {
    const { context, page } = await visitor('member@demo.test', DESK);
    // The demo's registration has its submission deadline in the Deadlines engine, as a real one has.
    await navigate(page, 'Your deadlines');
    await heading(page, 'Your deadlines');
    await page.getByRole('table', { name: 'Your deadlines, soonest first' }).getByText('Submit your portfolio').waitFor();
    await navigate(page, 'Programmes');
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
    // Evidence under a section: a file uploaded through the file store's content checks, then attached.
    const evidence = page.getByRole('group', { name: 'Evidence for Professional skills' });
    await evidence.getByLabel('A file for Professional skills').setInputFiles({ name: 'lesson-plan.txt', mimeType: 'text/plain', buffer: Buffer.from('Starting points, questioning and a plenary.') });
    await evidence.getByRole('button', { name: 'Attach to Professional skills' }).click();
    await page.getByText('Done: Attached “lesson-plan.txt” to Professional skills').waitFor();
    await evidence.getByRole('link', { name: 'lesson-plan.txt' }).waitFor();
    // The development record from the workbook, used as it is: which self-assessment and which span of CPD.
    const record = page.getByRole('region', { name: 'Your development record' });
    await record.getByText(/CPD from .* to .*, \d+ h \d+ min in all\./).waitFor();
    await expectUsable(page, 'the portfolio being written');
    await page.getByRole('button', { name: 'Submit the portfolio' }).click();
    await page.getByText('Done: The portfolio is submitted and locked').waitFor();
    await page.getByRole('region', { name: 'Where it stands' }).getByText('Submitted', { exact: true }).waitFor();
    await page.getByRole('heading', { name: /^The portfolio as submitted/ }).waitFor();
    // The evidence is part of the locked copy, with the development record as it stood.
    const submitted = page.getByRole('region', { name: 'Evidence as submitted' });
    await submitted.getByRole('link', { name: 'lesson-plan.txt' }).waitFor();
    await submitted.getByRole('heading', { name: 'Development record as submitted' }).waitFor();
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

  it('lets the team add a webinar to the cohort on a phone, refused against each field first, and the member sees it on their portfolio', async () => {
    const team = await visitor('pst@demo.test', PHONE);
    await startedCohort(team.page);
    const schedule = team.page.getByRole('table', { name: 'Messages and webinars of the cohort' });
    // The demo's welcome went out on its day to the cohort's two participants (001 §6.1.4).
    await schedule.getByRole('row').filter({ hasText: 'Welcome to Professional formation leading to QTLS' }).getByText(/to 2 participants/).waitFor();
    const form = team.page.getByRole('form', { name: 'Add a webinar or message' });
    await form.getByLabel('Title', { exact: true }).fill('Induction to the portfolio');
    await form.getByLabel('What it says').fill('An hour on the portfolio’s sections and their guidance notes.');
    await form.getByLabel('Joining link').fill('http://webinars.demo.test/induction');
    await form.getByRole('button', { name: 'Add the webinar' }).click();
    // Seven days after the start has passed for a cohort that started a month ago.
    await form.locator('.field-error').filter({ hasText: 'Joining link' }).waitFor();
    await form.locator('.field-error').filter({ hasText: 'A webinar is held later than now' }).waitFor();
    await expectUsable(team.page, 'the cohort’s messages and webinars on a phone, with errors');
    await form.getByLabel('Days from the stage').fill('50');
    await form.getByLabel('Joining link').fill('https://webinars.demo.test/induction');
    await form.getByLabel('Joining link').press('Enter');
    await team.page.getByText(/^Done: The webinar “Induction to the portfolio” is scheduled/).waitFor();
    await schedule.getByRole('row').filter({ hasText: 'Webinar: Induction to the portfolio' }).getByText(/^To be sent/).waitFor();
    await expectUsable(team.page, 'the cohort’s messages and webinars on a phone');
    await team.context.close();

    const member = await visitor('member@demo.test', DESK);
    await member.page.getByRole('region', { name: 'Your portfolios' }).getByRole('row').filter({ hasText: 'QTLS' }).getByRole('link').click();
    await heading(member.page, 'Professional formation leading to QTLS');
    const webinars = member.page.getByRole('region', { name: 'Webinars to come' });
    await webinars.getByRole('link', { name: /Join “Induction to the portfolio”/ }).waitFor();
    await webinars.getByRole('link', { name: /Join “Evidencing the professional standards”/ }).waitFor();
    await expectUsable(member.page, 'the member’s webinars to come');
    await member.context.close();
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

  it('lets the member ask a question through a channel of their programme, and the team answers it from its queue', async () => {
    const member = await visitor('member@demo.test', PHONE);
    await member.page.getByRole('region', { name: 'Your portfolios' }).getByRole('row').filter({ hasText: 'QTLS' }).getByRole('link').click();
    await heading(member.page, 'Professional formation leading to QTLS');
    // Review is not blind on QTLS: the member sees who supports them and who reviews them.
    const standing = member.page.getByRole('region', { name: 'Where it stands' });
    await standing.getByText('Sam Supporter, appointed by the participant').waitFor();
    await standing.getByText('Rowan Reviewer').waitFor();
    await navigate(member.page, 'Programmes');
    await atsPortfolio(member.page);
    const support = member.page.getByRole('region', { name: 'Support from the Professional Status Team' });
    await support.getByText('6 of 6 support requests left.').waitFor();
    // A question in too few words is refused against its field.
    await support.getByLabel('About', { exact: true }).selectOption({ label: 'ATS portfolio requirements (The Professional Status Team)' });
    await support.getByLabel('Your question').fill('Help?');
    await support.getByRole('button', { name: 'Ask the question' }).click();
    await member.page.locator('.field-error').filter({ hasText: 'Your question' }).waitFor();
    await expectUsable(member.page, 'a question refused, on a phone');
    await support.getByLabel('Your question').fill('Does CPD from before the programme started count towards the impact section?');
    await support.getByRole('button', { name: 'Ask the question' }).click();
    await member.page.getByText('Done: Your question is sent to the Professional Status Team').waitFor();
    await support.getByText('5 of 6 support requests left.').waitFor();
    await support.getByText('Awaiting an answer').waitFor();
    await expectUsable(member.page, 'the support asked for, on a phone');

    const team = await supportQueue(PHONE);
    const question = team.page.getByRole('article', { name: 'Question from Morgan Member' });
    await question.getByText('Does CPD from before the programme started count').waitFor();
    await expectUsable(team.page, 'the team’s queue on a phone');
    await question.getByLabel('Your answer').fill('Only CPD undertaken during the programme counts: see the guidance under the impact section.');
    await question.getByRole('button', { name: 'Send the answer' }).click();
    await team.page.getByText('Done: The answer is sent').waitFor();
    await team.page.getByText('No question waits for an answer.').waitFor();
    await team.context.close();

    await member.page.reload();
    await member.page.getByRole('region', { name: 'Support from the Professional Status Team' }).getByText('Only CPD undertaken during the programme counts').waitFor();
    await member.context.close();
  });

  it('lets the member ask for adjustments, the team agree more time, and the member see their new submission deadline', async () => {
    const member = await visitor('member@demo.test', DESK);
    await atsPortfolio(member.page);
    const participant = await member.page.evaluate(async () => (await fetch(`/api${window.location.pathname.replace('/programmes/participants/', '/participants/')}`)).json());
    const cohortDeadline = participant.cohort.submissionDeadline as string;
    const support = member.page.getByRole('region', { name: 'Support from the Professional Status Team' });
    await support.getByLabel('What you need').fill('I have dyslexia and need more time to write up my evidence.');
    await support.getByRole('button', { name: 'Ask for adjustments' }).click();
    await member.page.getByText('Done: Your request for adjustments is sent').waitFor();
    await support.getByText('Awaiting a decision').waitFor();

    const team = await supportQueue(PHONE);
    const asked = team.page.getByRole('article', { name: 'Adjustments asked for by Morgan Member' });
    // Agreeing says what it changes: refused without it, against the decision.
    await asked.getByRole('button', { name: 'Record the decision' }).click();
    await asked.locator('.field-error').filter({ hasText: 'Decision' }).waitFor();
    await asked.getByLabel('Decision', { exact: true }).selectOption({ label: 'Agree, with what it changes' });
    await asked.getByLabel('More days to submit').fill('14');
    await asked.getByLabel('Reasons').fill('Agreed on the evidence of the dyslexia assessment provided.');
    await expectUsable(team.page, 'a decision on adjustments being made');
    await asked.getByRole('button', { name: 'Record the decision' }).click();
    await team.page.getByText('Done: The adjustment is agreed').waitFor();
    await team.page.getByText('No request for adjustments waits for a decision.').waitFor();
    await team.context.close();

    await member.page.reload();
    const moved = dateOnly.format(new Date(new Date(`${cohortDeadline}T00:00:00Z`).getTime() + 14 * DAY));
    const standing = member.page.getByRole('region', { name: 'Where it stands' });
    await standing.getByText(`Submit the portfolio by ${moved}`).waitFor();
    await standing.getByText(`Moved by an agreed adjustment: submission by ${moved}`).waitFor();
    await member.page.getByRole('region', { name: 'Support from the Professional Status Team' }).getByText('What it changes: 14 more days to submit.').waitFor();
    await expectUsable(member.page, 'an agreed adjustment, to the member');
    await member.context.close();
  });

  it('lets the member appeal about the support, and the team respond in writing from its queue', async () => {
    const member = await visitor('member@demo.test', PHONE);
    await atsPortfolio(member.page);
    const support = member.page.getByRole('region', { name: 'Support from the Professional Status Team' });
    await support.getByLabel('Your case').fill('No webinar was held for my stage of the programme, and none was offered instead.');
    await support.getByRole('button', { name: 'Make the appeal' }).click();
    await member.page.getByText('Done: Your appeal is sent').waitFor();
    await support.getByText('Awaiting the response').waitFor();
    await expectUsable(member.page, 'an appeal made, on a phone');

    const team = await supportQueue(DESK);
    const appeal = team.page.getByRole('article', { name: 'Appeal by Morgan Member' });
    await appeal.getByRole('button', { name: 'Send the response' }).click();
    await appeal.locator('.field-error').filter({ hasText: 'Written response' }).waitFor();
    await appeal.getByLabel('Written response').fill('We are sorry: the recording and a one-to-one session with the team are now offered to you.');
    await appeal.getByRole('button', { name: 'Send the response' }).click();
    await team.page.getByText('Done: The response is sent').waitFor();
    await team.page.getByText('No appeal awaits a response.').waitFor();
    await expectUsable(team.page, 'the team’s queue, emptied');
    await team.context.close();

    await member.page.reload();
    const answered = member.page.getByRole('region', { name: 'Support from the Professional Status Team' });
    await answered.getByText('the recording and a one-to-one session').waitFor();
    await answered.getByText('Responded', { exact: true }).waitFor();
    await member.context.close();
  });

  it('lets the team keep the mentor pool, and the member ask the body for an ATS mentor and be matched by subject', async () => {
    const team = await newVisitor(browser, server.url, PHONE);
    await signIn(team.page, 'pst@demo.test');
    await navigate(team.page, 'Mentor pool');
    await heading(team.page, 'Mentor pool');
    await team.page.getByRole('heading', { name: 'Mina Mentor' }).waitFor();
    await team.page.getByText('Nobody is waiting.').waitFor();
    await expectUsable(team.page, 'the mentor pool, on a phone');
    // A capacity out of bounds is refused against its field; then the team adds a mentor of another subject, by keyboard.
    const add = team.page.getByRole('region', { name: 'Add a mentor' });
    await add.getByLabel('Email').fill('supporter@demo.test');
    await add.getByLabel('Capacity').fill('0');
    await add.getByLabel('Subjects').fill('Science');
    await add.getByLabel('Subjects').press('Enter');
    await add.locator('.field-error').filter({ hasText: 'Capacity' }).waitFor();
    await expectUsable(team.page, 'adding a mentor, refused');
    await add.getByLabel('Capacity').fill('1');
    await add.getByRole('button', { name: 'Add to the pool' }).click();
    await team.page.getByText('supporter@demo.test is in the pool').waitFor();
    await team.page.getByRole('heading', { name: 'Sam Supporter' }).waitFor();

    const member = await visitor('member@demo.test', PHONE);
    await atsPortfolio(member.page);
    const mentor = member.page.getByRole('region', { name: 'Your mentor' });
    await mentor.getByLabel('The subject you teach (optional)').fill('Mathematics');
    await expectUsable(member.page, 'asking for a mentor, on a phone');
    await mentor.getByRole('button', { name: 'Ask the body to appoint a mentor' }).click();
    await member.page.getByText('Mina Mentor is appointed as your mentor').waitFor();
    await mentor.getByText('the body appointed Mina Mentor from its pool').waitFor();
    await member.page.getByRole('region', { name: 'Where it stands' }).getByText('Mina Mentor, appointed by the body').waitFor();
    await expectUsable(member.page, 'a mentor matched, on a phone');
    await member.context.close();

    await team.page.reload();
    await heading(team.page, 'Mentor pool');
    await team.page.getByRole('heading', { name: 'Mina Mentor' }).locator('..').getByText('1 of 2').waitFor();
    await team.context.close();
  });

  it('lets the member invite their own mentor by email, withdraw an invitation, and the invitee accept through the emailed link', async () => {
    const member = await visitor('member@demo.test', PHONE);
    await atsPortfolio(member.page);
    const yours = member.page.getByRole('region', { name: 'Your mentor' });
    const invite = async (givenName: string, familyName: string, email: string) => {
      await yours.getByLabel('Given name').fill(givenName);
      await yours.getByLabel('Family name').fill(familyName);
      await yours.getByLabel('Email').fill(email);
      await yours.getByRole('button', { name: 'Send the invitation' }).click();
      await member.page.getByText(`An invitation is emailed to ${email}`).waitFor();
    };
    // Never themselves: refused against the email.
    await yours.getByLabel('Given name').fill('Morgan');
    await yours.getByLabel('Family name').fill('Member');
    await yours.getByLabel('Email').fill('member@demo.test');
    await yours.getByRole('button', { name: 'Send the invitation' }).click();
    await yours.locator('.field-error').filter({ hasText: 'not their own mentor' }).waitFor();
    await expectUsable(member.page, 'inviting oneself, refused, on a phone');
    await invite('Rowan', 'Reviewer', 'reviewer@demo.test');
    await yours.getByText('You invited Rowan Reviewer (reviewer@demo.test)').waitFor();
    await yours.getByRole('button', { name: 'Withdraw the invitation' }).click();
    await member.page.getByText('The invitation is withdrawn: its link no longer works').waitFor();
    await yours.getByText(/Rowan Reviewer \(reviewer@demo.test\), invited .*: Withdrawn/).waitFor();
    await invite('Sam', 'Supporter', 'supporter@demo.test');
    await expectUsable(member.page, 'an invitation pending, on a phone');

    // Without an email server the message waits in the outbox, where an admin of the Society reads it.
    const admin = await newVisitor(browser, server.url, DESK);
    await signIn(admin.page, 'admin@demo.test');
    await switchOrganisation(admin.page, SOCIETY);
    await navigate(admin.page, 'Outbox');
    await heading(admin.page, 'Outbox');
    const message = admin.page.getByRole('row').filter({ hasText: 'supporter@demo.test' }).filter({ hasText: 'asks you to be their mentor' }).first();
    await message.locator('summary').click();
    const link = /\/supporter-invitation#token=[^\s]+/.exec((await message.locator('pre').textContent()) ?? '')?.[0];
    expect(link).toBeDefined();
    await admin.context.close();

    const invitee = await newVisitor(browser, server.url, PHONE);
    await invitee.page.goto(link!);
    await invitee.page.getByText('Morgan Member asks you to be their mentor on Developmental process leading to ATS').waitFor();
    await expectUsable(invitee.page, 'an invitation to be a mentor, signed out, on a phone');
    await invitee.page.getByRole('link', { name: 'Sign in to accept' }).click();
    await invitee.page.getByLabel('Password', { exact: true }).fill(DEMO_PASSWORD);
    await invitee.page.getByRole('button', { name: 'Sign in' }).click();
    await invitee.page.getByRole('button', { name: 'Accept and become their mentor' }).waitFor();
    await expectUsable(invitee.page, 'an invitation to be a mentor, signed in, on a phone');
    await invitee.page.getByRole('button', { name: 'Accept and become their mentor' }).press('Enter');
    await invitee.page.getByText('You accepted the invitation').waitFor();
    await heading(invitee.page, 'Morgan Member: Developmental process leading to ATS');
    await invitee.context.close();

    await member.page.reload();
    await member.page.getByRole('region', { name: 'Where it stands' }).getByText('Sam Supporter, appointed by the participant').waitFor();
    await member.context.close();
  });
});

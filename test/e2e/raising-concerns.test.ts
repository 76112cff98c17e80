import crypto from 'node:crypto';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newReceiptCode } from '../../src/features/raising-concerns/rules.ts';
import { DESK, expectUsable, heading, launchBrowser, navigate, newVisitor, PHONE, signIn, startServer, switchOrganisation, TRUST, type Server } from './harness.ts';

// Raising a concern in confidence, as people meet it on the demo: someone reports anonymously to the trust on
// a phone, without signing in, and leaves with a receipt code (shown once) and a proof; the trust's handler
// acknowledges the report and asks a question; the reporter comes back with the code on a phone, reads it and
// answers, adding a file; a code that opens nothing is answered alike whether it never existed or is
// another organisation's; the handler reads the figures and the custodian the requests to reveal a reporter.
// No cookie and nothing in the browser's storage holds the reporter's code or session. Every page is checked
// with axe-core.

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const ACCOUNT = 'The minibus used for the Year 10 trip has had no safety check this year, and the driver was told to say nothing about it.';
const QUESTION = 'Thank you. Which trip was it, and on what day did it leave?';
const ANSWER = 'The geography field trip, on the last Tuesday of term.';

let receiptCode = '';
let reference = '';

/** Opens a report on the follow page with a code: the API's answer to it (its status and problem) and what the page says of a refusal. */
async function follow(page: Page, organisation: string, code: string) {
  await page.goto(`/raise-a-concern/${organisation}/follow`);
  await heading(page, 'Follow your report');
  await page.getByLabel('Receipt code').fill(code);
  const [response] = await Promise.all([page.waitForResponse((r) => r.url().endsWith('/follow') && r.request().method() === 'POST'), page.getByRole('button', { name: 'Open my report' }).click()]);
  const { type, title, status, detail } = (await response.json()) as Record<string, unknown>;
  return { answer: { status: response.status(), type, title, problemStatus: status, detail }, says: response.ok() ? null : await page.getByRole('alert').textContent() };
}

describe('raising concerns in confidence', () => {
  it('takes an anonymous report on a phone without signing in, and shows its receipt code once with a proof to download', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await page.goto('/raise-a-concern/demo-trust');
    await heading(page, 'Raise a concern with Demo Academy Trust');
    await page.getByRole('region', { name: 'What happens next' }).getByText(/within 7 days/).waitFor();
    await page.getByRole('region', { name: 'What protects you' }).getByText(/Public Interest Disclosure Act 1998/).waitFor();
    await page.getByText(/what could identify you in it .* is removed/).first().waitFor();
    await expectUsable(page, 'the page for raising a concern');

    await page.getByRole('button', { name: 'Send the report' }).click();
    await page.locator('.field-error').filter({ hasText: 'What you saw or heard is required' }).waitFor();
    await expectUsable(page, 'the page for raising a concern, with errors');

    await page.getByLabel('Anonymously').check();
    await page.getByLabel('What it is about').selectOption({ label: 'Malpractice' });
    await page.getByLabel('What you saw or heard').fill(ACCOUNT);
    await page.getByLabel('When (optional)').fill('Last week');
    await page.getByRole('button', { name: 'Send the report' }).click();
    await heading(page, 'Your report has been received');
    receiptCode = (await page.locator('#receipt-code').textContent())!.trim();
    expect(receiptCode).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    reference = /Reference (RC-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec((await page.locator('.notice').first().textContent())!)![1]!;
    await page.getByText('Write it down now').waitFor();
    await expectUsable(page, 'the receipt code');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download a proof of your report' }).click()]);
    expect(download.suggestedFilename()).toBe(`proof-${reference}.json`);
    const proof = JSON.parse(await streamText(await download.createReadStream())) as { reference: string; sha256: string };
    expect(proof.reference).toBe(reference);
    expect(proof.sha256).toMatch(/^[0-9a-f]{64}$/);

    // Nothing of the reporter stays in the browser: no cookie, nothing stored.
    expect(await context.cookies()).toEqual([]);
    expect(await page.evaluate(() => JSON.stringify({ ...localStorage }) + JSON.stringify({ ...sessionStorage }))).not.toContain(receiptCode.slice(0, 4));
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets the trust’s handler acknowledge the report and ask the reporter a question, with notes the reporter never sees', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'case-officer@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Raised concerns');
    await heading(page, 'Raised concerns');
    const queue = page.getByRole('table', { name: /^Reports, overdue first/ });
    await queue.getByRole('link', { name: reference }).waitFor();
    // The demo's own report is there too.
    expect(await queue.getByRole('row').count()).toBeGreaterThanOrEqual(3);
    await expectUsable(page, 'the handlers’ queue');

    await queue.getByRole('link', { name: reference }).click();
    await heading(page, `Report ${reference}`);
    await page.getByText(ACCOUNT).waitFor();
    await page.getByRole('heading', { name: 'Internal notes: never shown to the reporter' }).waitFor();
    await expectUsable(page, 'a report, received');

    await page.getByRole('button', { name: 'Acknowledge the report' }).click();
    await page.getByText('Done: Acknowledged').waitFor();
    await page.getByLabel('Your message', { exact: true }).fill(QUESTION);
    await page.getByRole('button', { name: 'Write to the reporter' }).click();
    await page.getByText('Done: Sent').waitFor();
    await page.getByLabel('Internal note', { exact: true }).fill('Checked the vehicle log: no inspection since last July.');
    await page.getByRole('button', { name: 'Add an internal note' }).click();
    await page.getByText('Done: Note added').waitFor();
    await expectUsable(page, 'a report, acknowledged, with a question and a note');

    await page.getByRole('link', { name: 'Raised concerns', exact: true }).first().click();
    await heading(page, 'Raised concerns');
    await page.getByRole('link', { name: 'Statistics', exact: true }).click();
    await heading(page, 'Raised concerns in figures');
    await page.getByRole('table', { name: 'Reports by status' }).waitFor();
    await expectUsable(page, 'the figures');
    const csv = await page.request.get((await page.getByRole('link', { name: /Download as CSV/ }).getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    expect(csv.headers()['content-type']).toContain('text/csv');
    expect(await csv.text()).toContain(reference);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('brings the reporter back on a phone with the receipt code to read the question, answer it and add a file', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await page.goto('/raise-a-concern/demo-trust/follow');
    await heading(page, 'Follow your report');
    // A code of the wrong shape is refused in the browser, before anything is sent.
    await page.getByLabel('Receipt code').fill('ABC-123');
    await page.getByRole('button', { name: 'Open my report' }).click();
    await page.locator('.field-error').filter({ hasText: 'Receipt code is 20 letters and digits' }).waitFor();
    await expectUsable(page, 'the follow page, with a code of the wrong shape');

    // Typed in small letters with spaces, as someone copying it from paper might.
    await page.getByLabel('Receipt code').fill(receiptCode.toLowerCase().replace(/-/g, ' '));
    await page.getByRole('button', { name: 'Open my report' }).click();
    await heading(page, `Your report ${reference}`);
    await page.getByText(QUESTION).waitFor();
    await expect.poll(() => page.getByText('Checked the vehicle log').count()).toBe(0);
    await expectUsable(page, 'the reporter’s report');

    await page.getByLabel('Your message').fill(ANSWER);
    await page.getByRole('button', { name: 'Send', exact: true }).click();
    await page.getByText('Done: Your message is sent').waitFor();
    await page.getByText(ANSWER).waitFor();
    await page.getByLabel('Add a file').setInputFiles({ name: 'timetable.txt', mimeType: 'text/plain', buffer: Buffer.from('Field trip: minibus 2, leaves 08:30 Tuesday.\n') });
    await page.getByRole('button', { name: 'Add the file' }).click();
    await page.getByText('Done: timetable.txt is added').waitFor();
    await expectUsable(page, 'the reporter’s report, answered');

    await page.getByRole('button', { name: 'Close my report' }).click();
    await heading(page, 'Follow your report');
    expect(await context.cookies()).toEqual([]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('answers a code that opens nothing alike, whether it never existed or is another organisation’s', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    const unknown = await follow(page, 'demo-trust', newReceiptCode(crypto.randomBytes(12)));
    await expectUsable(page, 'the follow page, with a code that opens nothing');
    const elsewhere = await follow(page, 'demo-society', receiptCode);
    expect(unknown.answer.status).toBe(404);
    expect(elsewhere.answer).toEqual(unknown.answer);
    expect(elsewhere.says).toBe(unknown.says);
    expect(unknown.says).toContain('Receipt code not recognised');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the reporter’s answer to the handler, and the custodian their requests', async () => {
    const handler = await newVisitor(browser, server.url, DESK);
    await signIn(handler.page, 'case-officer@demo.test');
    await switchOrganisation(handler.page, TRUST);
    await navigate(handler.page, 'Raised concerns');
    await handler.page.getByRole('link', { name: reference }).click();
    await heading(handler.page, `Report ${reference}`);
    await handler.page.getByText(ANSWER).waitFor();
    await handler.page.getByRole('link', { name: 'timetable.txt' }).waitFor();
    await handler.context.close();

    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'dpo@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Requests to reveal a reporter');
    await heading(page, 'Requests to reveal a reporter');
    await page.getByText('No request is waiting for a custodian.').waitFor();
    await expectUsable(page, 'the custodian’s requests');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('reveals a confidential reporter’s name to the handler only once the custodian approves, and shows the reporter why', async () => {
    const reporter = await newVisitor(browser, server.url, DESK);
    await reporter.page.goto('/raise-a-concern/demo-trust');
    await heading(reporter.page, 'Raise a concern with Demo Academy Trust');
    await reporter.page.getByLabel('Confidentially').check();
    await reporter.page.getByLabel('What it is about').selectOption({ label: 'Misconduct' });
    await reporter.page.getByLabel('What you saw or heard').fill('Exam papers were left open in the staff room before the exam, and some learners were seen reading them.');
    await reporter.page.getByLabel('Your name', { exact: true }).fill('Riley Reporter');
    await reporter.page.getByRole('button', { name: 'Send the report' }).click();
    await heading(reporter.page, 'Your report has been received');
    const code = (await reporter.page.locator('#receipt-code').textContent())!.trim();
    const confidential = /Reference (RC-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec((await reporter.page.locator('.notice').first().textContent())!)![1]!;
    await reporter.context.close();

    const handler = await newVisitor(browser, server.url, DESK);
    await signIn(handler.page, 'case-officer@demo.test');
    await switchOrganisation(handler.page, TRUST);
    await navigate(handler.page, 'Raised concerns');
    await handler.page.getByRole('link', { name: confidential }).click();
    await heading(handler.page, `Report ${confidential}`);
    await expect.poll(() => handler.page.getByText('Riley Reporter').count()).toBe(0);
    const reason = 'The reporter may have seen who opened the room: we need to ask them as a witness.';
    await handler.page.getByLabel('Why you need to know who they are').fill(reason);
    await handler.page.getByRole('button', { name: 'Ask a custodian to reveal their name' }).click();
    await handler.page.getByText('Done: Asked').waitFor();
    await handler.page.getByText('Waiting for a custodian.').waitFor();
    await expectUsable(handler.page, 'a confidential report, its reveal asked for');

    const custodian = await newVisitor(browser, server.url, PHONE);
    await signIn(custodian.page, 'dpo@demo.test');
    await switchOrganisation(custodian.page, TRUST);
    await navigate(custodian.page, 'Requests to reveal a reporter');
    await heading(custodian.page, 'Requests to reveal a reporter');
    const request = custodian.page.getByRole('listitem').filter({ hasText: confidential });
    await request.getByText(reason).waitFor();
    await expectUsable(custodian.page, 'the custodian’s requests, one waiting');
    await request.getByRole('button', { name: 'Approve' }).click();
    await custodian.page.getByText(`Done: Approved: Casey Officer’s request on ${confidential}`).waitFor();
    await custodian.context.close();

    await handler.page.reload();
    await heading(handler.page, `Report ${confidential}`);
    await handler.page.getByRole('button', { name: 'Show the reporter’s name (recorded)' }).click();
    await handler.page.getByText('Riley Reporter').waitFor();
    await expectUsable(handler.page, 'a confidential report, its reporter revealed');
    await handler.context.close();

    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await follow(page, 'demo-trust', code);
    await heading(page, `Your report ${confidential}`);
    await page.getByText('Your name was revealed to a handler').waitFor();
    await page.getByText(reason).waitFor();
    expect(cspViolations.concat(handler.cspViolations)).toEqual([]);
    await context.close();
  });
});

describe('what handlers and admins set and send', () => {
  const CALLER = 'The caretaker was told to sign off the fire doors without checking them, on the orders of the site manager.';
  let entered = { code: '', reference: '' };

  it('lets a handler enter a concern received by phone, refusing what is missing against each field, at a desk and on a phone', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'case-officer@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Raised concerns');
    await heading(page, 'Raised concerns');
    await page.getByRole('link', { name: 'Enter a concern received otherwise' }).click();
    await heading(page, 'Enter a concern received by phone, letter, email or in person');
    await expectUsable(page, 'the page for entering a concern');

    await page.getByRole('button', { name: 'Enter the concern' }).click();
    await page.locator('.field-error').filter({ hasText: 'How it reached you is required' }).waitFor();
    await page.locator('.field-error').filter({ hasText: 'How the reporter wants it handled is required' }).waitFor();
    await expectUsable(page, 'the page for entering a concern, with what is missing');
    // What only the server's rules know, refused against the field it names: too short an account, a confidential report without a name.
    await page.getByLabel('How it reached you').selectOption({ label: 'By phone' });
    await page.getByLabel('Confidentially').check();
    await page.getByLabel('What it is about').selectOption({ label: 'Misconduct' });
    await page.getByLabel('What they reported').fill('Fire doors.');
    await page.getByRole('button', { name: 'Enter the concern' }).click();
    await page.locator('#enter-account-error').filter({ hasText: 'at least 20 characters' }).waitFor();
    await page.locator('#enter-identity-name-error').waitFor();
    await page.getByRole('link', { name: /What they reported/ }).first().waitFor();

    await page.setViewportSize(PHONE);
    await expectUsable(page, 'the page for entering a concern, refused by the server, on a phone');
    await page.setViewportSize(DESK);
    await page.getByLabel('What they reported').fill(CALLER);
    await page.getByLabel('The reporter’s name').fill('Jordan Caller');
    await page.getByRole('button', { name: 'Enter the concern' }).click();
    await heading(page, 'The concern is entered');
    entered = {
      code: (await page.locator('#receipt-code').textContent())!.trim(),
      reference: /Entered as (RC-[0-9A-Z]{4}-[0-9A-Z]{4})/.exec((await page.locator('.notice').filter({ hasText: 'Entered as' }).textContent())!)![1]!,
    };
    expect(entered.code).toMatch(/^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$/);
    await page.getByText('Give it to the reporter now').waitFor();
    await expectUsable(page, 'a concern entered, with its receipt code');
    await page.setViewportSize(PHONE);
    await expectUsable(page, 'a concern entered, with its receipt code, on a phone');
    await page.setViewportSize(DESK);

    await page.getByRole('link', { name: 'Open the report' }).click();
    await heading(page, `Report ${entered.reference}`);
    await page.getByText(CALLER).waitFor();
    await page.getByText(/by phone, confidentially/).waitFor();
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets the handler send the reporter a file, refusing a disguised one, and the reporter download it on a phone', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'case-officer@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Raised concerns');
    await page.getByRole('link', { name: entered.reference }).click();
    await heading(page, `Report ${entered.reference}`);
    // Files go to the reporter once the report is acknowledged, as messages do.
    await expect.poll(() => page.getByRole('button', { name: 'Send the file' }).count()).toBe(0);
    await page.getByRole('button', { name: 'Acknowledge the report' }).click();
    await page.getByText('Done: Acknowledged').waitFor();

    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xdb, 0x00, 0x04, 0x00, 0x00, 0xff, 0xd9]);
    await page.getByLabel('File for the reporter').setInputFiles({ name: 'notice.txt', mimeType: 'text/plain', buffer: jpeg });
    await page.getByRole('button', { name: 'Send the file' }).click();
    await page.locator('#reporter-file-error').filter({ hasText: 'is named .txt but its content is JPG' }).waitFor();
    await expectUsable(page, 'a report, a disguised file refused');
    await page.setViewportSize(PHONE);
    await expectUsable(page, 'a report, a disguised file refused, on a phone');
    await page.setViewportSize(DESK);

    await page.getByLabel('File for the reporter').setInputFiles({ name: 'fire-doors.txt', mimeType: 'text/plain', buffer: Buffer.from('Fire door checks: due every month, last signed in January.\n') });
    await page.getByRole('button', { name: 'Send the file' }).click();
    await page.getByText('Done: fire-doors.txt is sent').waitFor();
    await page.getByRole('link', { name: 'fire-doors.txt' }).waitFor();
    await expectUsable(page, 'a report, a file sent to the reporter');
    await context.close();

    const reporter = await newVisitor(browser, server.url, PHONE);
    await follow(reporter.page, 'demo-trust', entered.code);
    await heading(reporter.page, `Your report ${entered.reference}`);
    await reporter.page.getByText(/fire-doors\.txt .*from the handlers/).waitFor();
    const [download] = await Promise.all([reporter.page.waitForEvent('download'), reporter.page.getByRole('button', { name: 'Download fire-doors.txt' }).click()]);
    expect(download.suggestedFilename()).toBe('fire-doors.txt');
    expect(await streamText(await download.createReadStream())).toContain('last signed in January');
    await expectUsable(reporter.page, 'the reporter’s report, with a file from the handlers');
    expect(await reporter.context.cookies()).toEqual([]);
    expect(cspViolations.concat(reporter.cspViolations)).toEqual([]);
    await reporter.context.close();
  });

  it('lets an admin set the trust’s time limits within bounds, which the reporting page then tells', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'admin@demo.test');
    await switchOrganisation(page, TRUST);
    await navigate(page, 'Time limits for raised concerns');
    await heading(page, 'Time limits for raised concerns');
    await page.getByText('The defaults apply').waitFor();
    expect(await page.getByLabel('Acknowledge within').inputValue()).toBe('7');
    await expectUsable(page, 'the time limits');

    await page.getByLabel('Acknowledge within').fill('14');
    await page.getByRole('button', { name: 'Save the time limits' }).click();
    await page.locator('#acknowledge-count-error').filter({ hasText: 'must be a whole number from 1 to 7 calendar days' }).waitFor();
    await expectUsable(page, 'the time limits, refused');
    await page.setViewportSize(PHONE);
    await expectUsable(page, 'the time limits, refused, on a phone');
    await page.setViewportSize(DESK);

    await page.getByLabel('Acknowledge within').fill('3');
    await page.locator('#acknowledge-unit').selectOption({ label: 'Working days' });
    await page.getByLabel('Feedback within').fill('2');
    await page.getByRole('button', { name: 'Save the time limits' }).click();
    await page.getByText('Done: Reports received from now on are acknowledged within 3 working days, with feedback within 2 months').waitFor();
    await page.getByText(/Last changed by/).waitFor();
    await expectUsable(page, 'the time limits, saved');
    expect(cspViolations).toEqual([]);
    await context.close();

    const visitor = await newVisitor(browser, server.url, PHONE);
    await visitor.page.goto('/raise-a-concern/demo-trust');
    await heading(visitor.page, 'Raise a concern with Demo Academy Trust');
    await visitor.page.getByRole('region', { name: 'What happens next' }).getByText(/within 3 working days/).waitFor();
    await visitor.page.getByRole('region', { name: 'What happens next' }).getByText(/Within 2 months/).waitFor();
    await visitor.context.close();
  });
});

async function streamText(stream: NodeJS.ReadableStream): Promise<string> {
  let text = '';
  for await (const chunk of stream) text += String(chunk);
  return text;
}

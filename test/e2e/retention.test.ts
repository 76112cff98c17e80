import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK, expectUsable, heading, launchBrowser, navigate, newVisitor, PHONE, signIn, startServer, type Server } from './harness.ts';

// The records' retention as the data protection officer meets it: the demo trust's conduct log entry from
// seven years ago listed as due; a legal hold on its type takes away the choice to delete it; lifted, the entry
// is chosen with the keyboard and deleted once confirmed, leaving a deletion record; on a phone and at a desk.
// And a teacher who reports by name while signed in links the report to their account, so that their own data
// export includes it. Every page is checked with axe-core.

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('records retention', () => {
  it('lists what is due for the data protection officer, refuses the choice under a legal hold, and deletes what they confirm', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'dpo@demo.test');
    await navigate(page, 'Records retention');
    await heading(page, 'Records retention');
    await page.getByRole('table', { name: 'Retention periods and their sources' }).getByRole('row').filter({ hasText: 'closed safeguarding concerns' }).getByText(/date of birth plus 25 years/).waitFor();
    await expectUsable(page, 'records retention on a phone');

    await page.getByRole('button', { name: 'List what is due now' }).click();
    const due = page.getByRole('table', { name: 'Records whose retention period has run' });
    const row = due.getByRole('row').filter({ hasText: 'conduct log entries' });
    await row.waitFor();
    await expectUsable(page, 'what is due for deletion, on a phone');

    // A hold on the whole type: the entry can no longer be chosen.
    const holds = page.getByRole('form', { name: 'Place a legal hold' });
    await holds.getByLabel('Hold', { exact: true }).selectOption({ label: 'A whole type of record' });
    await holds.getByLabel('Type of record').selectOption({ label: 'conduct log entries' });
    await holds.getByLabel('Why').fill('The trust’s insurer asked to keep every conduct record while a claim is open.');
    await holds.getByRole('button', { name: 'Place the hold' }).click();
    await page.getByText('Legal hold placed: a whole type of record').waitFor();
    await row.getByText(/The trust’s insurer asked/).waitFor();
    expect(await row.getByRole('checkbox').count()).toBe(0);
    await expectUsable(page, 'a record under a legal hold, on a phone');

    // Lifted with a reason: it can be chosen again.
    const lift = page.getByRole('form', { name: /^Lift the hold on every record of the type/ });
    await lift.getByLabel('Why lift it').fill('The claim was settled; the insurer no longer needs them.');
    await lift.getByRole('button', { name: 'Lift the hold' }).click();
    await page.getByRole('heading', { name: /^Lifted: every record of the type/ }).waitFor();
    const choose = row.getByRole('checkbox');
    await choose.waitFor();
    await context.close();

    // At a desk, with the keyboard: choose it, ask to delete, confirm.
    const desk = await newVisitor(browser, server.url, DESK);
    await signIn(desk.page, 'dpo@demo.test');
    await navigate(desk.page, 'Records retention');
    await heading(desk.page, 'Records retention');
    const deskRow = desk.page.getByRole('table', { name: 'Records whose retention period has run' }).getByRole('row').filter({ hasText: 'conduct log entries' });
    await deskRow.getByRole('checkbox').focus();
    await desk.page.keyboard.press('Space');
    expect(await deskRow.getByRole('checkbox').isChecked()).toBe(true);
    await desk.page.getByRole('button', { name: 'Delete the chosen records' }).focus();
    await desk.page.keyboard.press('Enter');
    await desk.page.getByRole('heading', { name: 'Delete 1 record for good?' }).waitFor();
    await expectUsable(desk.page, 'confirming a deletion at a desk');
    // The confirmation takes the focus: Enter confirms.
    await desk.page.keyboard.press('Enter');
    await desk.page.getByText('Done: Deleted 1 record, with their files', { exact: false }).waitFor();
    await desk.page.getByText('Nothing is due for deletion.').waitFor();
    await desk.page.getByRole('table', { name: 'Records deleted' }).getByRole('row').filter({ hasText: 'conduct log entries' }).getByText('6 years after the day of the conduct it records').waitFor();
    await expectUsable(desk.page, 'the deletion records at a desk');
    expect([...cspViolations, ...desk.cspViolations]).toEqual([]);
    await desk.context.close();
  });

  it('lets a signed-in reporter link a report made by name to their account, so that their data export includes it', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'teacher@demo.test');
    await page.goto('/raise-a-concern/demo-trust');
    await heading(page, 'Raise a concern with Demo Academy Trust');
    await page.getByLabel('By name').check();
    await page.getByLabel('What it is about').selectOption({ label: 'Malpractice' });
    await page.getByLabel('What you saw or heard').fill('Exam papers were left open in the staff room the night before the exam.');
    await page.getByLabel('Your name', { exact: true }).fill('Tariq Teacher');
    await page.getByRole('button', { name: 'Send the report' }).click();
    await heading(page, 'Your report has been received');
    const link = page.getByRole('form', { name: 'Link the report to your account' });
    await link.getByLabel('Link this report to my account').check();
    await expectUsable(page, 'linking a report to an account, on a phone');
    await link.getByRole('button', { name: 'Link it' }).click();
    await page.getByText('Linked: your data export includes this report').waitFor();

    const exported = await page.evaluate(async () => (await (await fetch('/api/me/export')).json()) as { reportsMadeByName: { mode: string; account: string }[] });
    expect(exported.reportsMadeByName).toEqual([expect.objectContaining({ mode: 'named', account: 'Exam papers were left open in the staff room the night before the exam.' })]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('links a report made by name from the account page with its receipt code, showing a refusal against its field', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    // Reported without signing in, in confidence: the receipt code is all that ties it to its reporter.
    await page.goto('/raise-a-concern/demo-trust');
    await heading(page, 'Raise a concern with Demo Academy Trust');
    await page.getByRole('radio', { name: /^Confidentially/ }).check();
    await page.getByLabel('What it is about').selectOption({ label: 'Malpractice' });
    await page.getByLabel('What you saw or heard').fill('The minibus logbook was filled in afterwards for trips that had not been checked.');
    await page.getByLabel('Your name', { exact: true }).fill('Lena Linemanager');
    await page.getByRole('button', { name: 'Send the report' }).click();
    await heading(page, 'Your report has been received');
    const receiptCode = (await page.locator('#receipt-code').textContent())!.trim();

    await signIn(page, 'line-manager@demo.test');
    await page.goto('/account');
    await heading(page, 'Your account');
    const form = page.getByRole('form', { name: 'Link a report to your account' });
    await form.getByLabel('Organisation').fill(`${server.url}/raise-a-concern/demo-trust`);
    // A code mistyped: refused against its field, and in the summary that links to it.
    await form.getByLabel('Receipt code').fill(receiptCode.slice(0, -1) + (receiptCode.endsWith('A') ? 'B' : 'A'));
    await form.getByRole('button', { name: 'Link the report' }).click();
    await page.locator('#link-receipt-code[aria-invalid="true"]').waitFor();
    await page.getByRole('alert').getByRole('link', { name: /^Receipt code / }).waitFor();
    await expectUsable(page, 'a refused link on the account page');

    await form.getByLabel('Receipt code').fill(receiptCode);
    await form.getByRole('button', { name: 'Link the report' }).click();
    await page.getByText(/Linked: report /).waitFor();
    await expectUsable(page, 'a report linked on the account page');

    // Once more: the server's refusal names no field, and is shown against the receipt code all the same.
    await form.getByLabel('Organisation').fill('demo-trust');
    await form.getByLabel('Receipt code').fill(receiptCode);
    await form.getByRole('button', { name: 'Link the report' }).click();
    await page.locator('#link-receipt-code[aria-invalid="true"]').waitFor();
    await page.getByText(/linked to your account already/).first().waitFor();
    const exported = await page.evaluate(async () => (await (await fetch('/api/me/export')).json()) as { reportsMadeByName: { account: string }[] });
    expect(exported.reportsMadeByName).toEqual([expect.objectContaining({ account: 'The minibus logbook was filled in afterwards for trips that had not been checked.' })]);
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

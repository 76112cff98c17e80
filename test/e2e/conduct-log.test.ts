import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK, expectUsable, heading, launchBrowser, navigate, newVisitor, PHONE, signIn, startServer, type Server } from './harness.ts';

// The conduct log as people meet it: Northfield's principal records an entry about a member of staff under a
// category and its provisions, the API's refusals shown against their fields, amends it (on a phone and at a
// desk, a blank refused against its field), shares it with them and is refused a grant to their peer; reads the patterns, a chart with its figures as a table, and drills down from
// a figure and from a repeat to the entries behind them, and the training needs they point to; the trust's
// COO sets what counts as a repeat. Every page is checked with axe-core.

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});


describe('the conduct log', () => {
  it('lets the principal record an entry under a category and its provisions, share it with the member of staff, and refuses a grant to a peer', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'principal@demo.test');
    await navigate(page, 'Conduct log');
    await heading(page, 'Conduct log');
    // The demo's entries.
    await page.getByRole('row').filter({ hasText: 'Hana Begum' }).first().waitFor();
    await expectUsable(page, 'the conduct log on a phone');

    await page.getByRole('link', { name: 'Record an entry' }).click();
    await heading(page, 'Record a conduct log entry');
    const staff = page.getByRole('group', { name: 'Member of staff' });
    await staff.getByLabel('Find them by name').fill('Lily');
    await staff.getByLabel(/^Lily Chen/).check();
    await page.getByLabel('Professional boundaries', { exact: true }).check();
    await page.getByLabel('What happened').fill('Followed a learner on social media from a personal account.');
    await page.getByLabel('Action taken').fill('Asked to remove the follow the same day; the policy explained.');
    await page.getByLabel('Outcome').selectOption({ label: 'Advice given' });
    // A category with no provision chosen: the API says which provision it needs, against the field.
    await page.getByRole('button', { name: 'Record the entry' }).click();
    await page.getByRole('alert').getByText('Say which provision of "Professional boundaries" is involved.').waitFor();
    await expectUsable(page, 'a conduct log entry with a refusal, on a phone');

    await page.getByRole('group', { name: 'Provisions involved in “Professional boundaries”' }).getByRole('checkbox').first().check();
    await page.getByRole('button', { name: 'Record the entry' }).click();
    await heading(page, /^Entry about Lily Chen/);
    await page.getByText('Done: Recorded an entry about Lily Chen').waitFor();
    await page.getByText('No: they cannot read it').waitFor();
    await expectUsable(page, 'a conduct log entry on a phone');

    // Amending it: its details as they stand, a blank refused against its field, then saved.
    const amend = page.getByRole('region', { name: 'Amend the entry' });
    expect(await amend.getByLabel('What happened').inputValue()).toBe('Followed a learner on social media from a personal account.');
    expect(await amend.getByLabel('Professional boundaries', { exact: true }).isChecked()).toBe(true);
    await amend.getByLabel('What happened').fill('');
    await amend.getByRole('button', { name: 'Save the amendment' }).click();
    await amend.locator('.field-error').filter({ hasText: 'Describe what happened.' }).waitFor();
    await expectUsable(page, 'an amendment refused, on a phone');
    await amend.getByLabel('What happened').fill('Followed a learner on social media from a personal account, for a week.');
    await amend.getByRole('button', { name: 'Save the amendment' }).click();
    await page.getByText('Done: The entry is amended').waitFor();
    await page.getByRole('region', { name: 'The entry', exact: true }).getByText('Followed a learner on social media from a personal account, for a week.').waitFor();

    await page.getByRole('button', { name: 'Share with Lily Chen' }).click();
    await page.getByText('Done: Shared with Lily Chen: they are told, and may read it').waitFor();
    expect(await page.getByRole('button', { name: 'Share with Lily Chen' }).count()).toBe(0);

    const access = page.getByRole('region', { name: 'Who else may read it' });
    await access.getByLabel('Find them by name').fill('Hana');
    await access.getByLabel(/^Hana Begum/).check();
    await access.getByLabel('Why they need to see it').fill('She sits next to Lily in the staff room.');
    await access.getByRole('button', { name: 'Let them read it' }).click();
    await access.locator('.field-error').filter({ hasText: "A conduct log is never shown to a member of staff's peers." }).waitFor();
    await expectUsable(page, 'a grant to a peer refused, on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('lets the principal amend an entry at a desk, its outcome and action taken', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'principal@demo.test');
    await navigate(page, 'Conduct log');
    await page.getByRole('row').filter({ hasText: 'Hana Begum' }).first().getByRole('link').first().click();
    await heading(page, /^Entry about Hana Begum/);
    const amend = page.getByRole('region', { name: 'Amend the entry' });
    await amend.getByLabel('Action taken').waitFor();
    await expectUsable(page, 'amending a conduct log entry');
    await amend.getByLabel('Action taken').fill('');
    await amend.getByRole('button', { name: 'Save the amendment' }).click();
    await page.getByRole('alert').getByRole('link', { name: /Say what action was taken\./ }).waitFor();
    await amend.getByLabel('Action taken').fill('A meeting with the principal and a note on file.');
    await amend.getByLabel('Outcome').selectOption({ label: 'Training arranged' });
    await amend.getByRole('button', { name: 'Save the amendment' }).click();
    await page.getByText('Done: The entry is amended').waitFor();
    await page.getByRole('region', { name: 'The entry', exact: true }).getByText('A meeting with the principal and a note on file.').waitFor();
    await expectUsable(page, 'an amended conduct log entry');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the principal the patterns, with each figure’s table and a drill-down to the entries behind it, and the training needs', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'principal@demo.test');
    await navigate(page, 'Conduct patterns');
    await heading(page, 'Patterns in the conduct log');
    await page.getByRole('figure', { name: /^Entries by category/ }).waitFor();
    const table = page.getByRole('table', { name: /^Entries by category and month/ });
    const boundaries = table.getByRole('row').filter({ hasText: 'Professional boundaries' });
    await boundaries.waitFor();
    await page.getByRole('figure', { name: /^Entries per 100 staff/ }).waitFor();
    await page.getByRole('table', { name: /^Provisions most often involved/ }).waitFor();
    await expectUsable(page, 'the conduct log’s patterns');

    // The category's total for the period: the entries behind it, four people's.
    await boundaries.getByRole('link', { name: /the whole period$/ }).click();
    await heading(page, 'Conduct log');
    expect(new URL(page.url()).searchParams.get('category')).toBe('professional-boundaries');
    for (const name of ['Hana Begum', 'Idris Jones', 'Jess Walker', 'Lily Chen']) await page.getByRole('row').filter({ hasText: name }).first().waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'Kofi Mensah' }).count()).toBe(0);
    await expectUsable(page, 'the entries behind a figure');

    await page.goBack();
    await heading(page, 'Patterns in the conduct log');
    const repeats = page.getByRole('region', { name: 'Repeated entries for one person' });
    const hana = repeats.getByRole('link', { name: /the entries about Hana Begum$/ });
    expect(await hana.textContent()).toBe('3: the entries about Hana Begum');
    await hana.click();
    await heading(page, 'Conduct log');
    await page.getByText('3 entries you may read, newest first.').waitFor();
    await page.getByText('About one member of staff: Hana Begum.').waitFor();
    await expectUsable(page, 'the entries behind a repeat');

    await navigate(page, 'Training needs');
    await heading(page, 'Training needs from the conduct log');
    const need = page.getByRole('row').filter({ hasText: 'Professional boundaries' });
    await need.getByText('Professional boundaries and the position of trust').waitFor();
    await need.getByText('Rising').waitFor();
    await expectUsable(page, 'the training-needs report');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('hides from the regional director a figure about fewer than five people, and lets the COO set what counts as a repeat', async () => {
    const director = await newVisitor(browser, server.url, PHONE);
    await signIn(director.page, 'red@demo.test');
    await navigate(director.page, 'Conduct patterns');
    await heading(director.page, 'Patterns in the conduct log');
    const boundaries = director.page.getByRole('table', { name: /^Entries by category and month/ }).getByRole('row').filter({ hasText: 'Professional boundaries' });
    expect(await boundaries.textContent()).toContain('Hidden');
    await director.page.getByRole('region', { name: 'Repeated entries for one person' }).getByText('None that you may see.').waitFor();
    await expectUsable(director.page, 'the patterns a regional director sees, on a phone');
    expect(director.cspViolations).toEqual([]);
    await director.context.close();

    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'coo@demo.test');
    await navigate(page, 'Conduct log settings');
    await heading(page, 'Conduct log settings');
    expect(await page.getByLabel('Entries', { exact: true }).inputValue()).toBe('3');
    expect(await page.getByLabel('Within (days)').inputValue()).toBe('180');
    await expectUsable(page, 'the conduct log settings');
    await page.getByLabel('Within (days)').fill('3');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('.field-error').filter({ hasText: 'A window of 7 to 730 days.' }).waitFor();
    await page.getByLabel('Entries', { exact: true }).fill('2');
    await page.getByLabel('Within (days)').fill('90');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.getByText('Done: Repeated entries are now 2 or more within 90 days').waitFor();
    await navigate(page, 'Conduct patterns');
    await page.getByText('2 or more entries within 90 days').waitFor();
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

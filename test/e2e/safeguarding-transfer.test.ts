import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DESK, expectUsable, heading, launchBrowser, navigate, newVisitor, PHONE, signIn, startServer, type Server } from './harness.ts';

// A learner's safeguarding file as it moves school: the trust's designated safeguarding lead sends it from the
// learner's chronology, on a phone, to Demo Valley Schools and reads the receipt trail; Valley's designated
// safeguarding lead finds it on their dashboard, opens it (viewed, on both trails) and accepts it under their
// own reference, and reads it in that learner's chronology; the sender sees it accepted. Every page is
// checked with axe-core, and for sideways scrolling.

let server: Server;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const LEARNER = 'NF-Y10-0233';
const VALLEY = 'Demo Valley Schools';
const LOCAL = 'VH-2031';

describe('a safeguarding file transferred when a learner moves school', () => {
  it('lets the DSL send a learner’s file from their chronology, on a phone, and follow its receipt trail', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, PHONE);
    await signIn(page, 'dsl@demo.test');
    await navigate(page, 'Safeguarding');
    await heading(page, 'Safeguarding');
    await page.getByLabel('The learner’s reference').first().fill(LEARNER);
    await page.getByRole('button', { name: 'Show the chronology' }).first().click();
    await heading(page, `Chronology of ${LEARNER}`);
    await page.getByRole('link', { name: 'Send this learner’s file to their new school' }).click();
    await heading(page, 'Send a learner’s file');
    await expect.poll(() => page.getByLabel('The learner’s reference').inputValue()).toBe(LEARNER);
    await expectUsable(page, 'sending a learner’s file, on a phone');
    // Sent without choosing where: refused, naming the field, and nothing sent.
    await page.getByRole('button', { name: 'Send the file' }).click();
    await page.getByRole('alert').getByRole('link', { name: /^The organisation they join/ }).waitFor();
    await expectUsable(page, 'a file refused for want of a destination, on a phone');
    await page.getByLabel('The organisation they join').selectOption({ label: VALLEY });
    await page.getByRole('button', { name: 'Send the file' }).click();
    await heading(page, `File of ${LEARNER}, sent to Valley High School`);
    await page.getByText('Sent to Valley High School: its designated safeguarding leads are told').waitFor();
    const trail = page.getByRole('region', { name: 'Receipt trail' });
    await trail.getByText('Not yet viewed').waitFor();
    await trail.getByText(/^Not yet accepted: to be accepted by/).waitFor();
    await expectUsable(page, 'the receipt trail of a file sent, on a phone');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the receiving DSL the file on their dashboard; opening it marks it viewed, and they accept it under their own reference', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'valley-dsl@demo.test');
    await navigate(page, 'Safeguarding');
    await heading(page, 'Safeguarding');
    const incoming = page.getByRole('region', { name: /^Files sent to you/ });
    // The demo's own file is there too, sent before.
    await incoming.getByRole('link', { name: 'NF-Y7-0098' }).waitFor();
    await expectUsable(page, 'the receiving DSL’s dashboard');
    await incoming.getByRole('link', { name: LEARNER }).click();
    await heading(page, `File of ${LEARNER} from Northfield Academy`);
    await page.getByRole('region', { name: 'Receipt trail' }).getByText(/^Viewed/).waitFor();
    await page.getByText('Three oval bruises, fingertip-sized', { exact: false }).first().waitFor();
    await expectUsable(page, 'a file sent to the DSL, opened');
    // By keyboard: a name for the learner is refused, naming the field; their reference is taken.
    await page.getByLabel('Your reference for the learner').fill('Leo Smith');
    await page.getByLabel('Your reference for the learner').press('Enter');
    await page.getByRole('alert').getByRole('link', { name: /^Your reference for the learner/ }).waitFor();
    await page.getByLabel('Your reference for the learner').fill(LOCAL);
    await page.getByLabel('Your reference for the learner').press('Enter');
    await page.getByText(`Accepted as ${LOCAL}`).waitFor();
    await expectUsable(page, 'a file accepted');
    await page.getByRole('link', { name: 'chronology', exact: true }).click();
    await heading(page, `Chronology of ${LOCAL}`);
    await page.getByRole('region', { name: /^From Northfield Academy/ }).getByText('Leo had bruises on his upper arm', { exact: false }).waitFor();
    await expectUsable(page, 'the chronology of a learner whose file was accepted');
    expect(cspViolations).toEqual([]);
    await context.close();
  });

  it('shows the sender the file accepted', async () => {
    const { context, page, cspViolations } = await newVisitor(browser, server.url, DESK);
    await signIn(page, 'dsl@demo.test');
    await page.goto('/');
    await navigate(page, 'Safeguarding');
    await page.getByRole('link', { name: 'Transferred files' }).click();
    await heading(page, 'Transferred safeguarding files');
    const sent = page.getByRole('region', { name: 'Sent by you' });
    await sent.getByRole('row').filter({ hasText: LEARNER }).getByText('Accepted').waitFor();
    await expectUsable(page, 'the files a DSL sent');
    await sent.getByRole('link', { name: LEARNER }).click();
    await page.getByRole('region', { name: 'Receipt trail' }).getByText(/^Accepted/).waitFor();
    await expectUsable(page, 'the receipt trail of a file accepted');
    expect(cspViolations).toEqual([]);
    await context.close();
  });
});

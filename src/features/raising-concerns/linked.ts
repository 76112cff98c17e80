import { and, asc, eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db } from '../../db/index.ts';
import { withinOrganisation } from '../../db/wall.ts';
import { audit } from '../../platform/audit/index.ts';
import { clock } from '../../platform/clock.ts';
import { organisations } from '../../platform/people/schema.ts';
import { Conflict, Problem } from '../../platform/errors.ts';
import type { PersonalDataSection } from '../../platform/personal-data.ts';
import { unwrap } from '../../platform/result.ts';
import type { SecretBox } from '../../platform/secrets.ts';
import { findByReceipt, refuseIfThrottled, type AddressThrottle } from './receipts.ts';
import { CATEGORIES, MODES, readReceiptCode, STATUSES } from './rules.ts';
import { concernReporterAccounts, concernReports } from './schema.ts';
import { publicOrganisation } from './service.ts';

// A report made by name (or confidentially) linked, by the reporter's own choice while signed in, to their
// account, so that their data export (GET /api/me/export) includes it. Nothing else links a report to an
// account: matching by name or email could hand someone another's report. The link is a keyed hash of the
// person's id beside the report, never the id: a handler reads no account in it, and the audit trail records
// that a report was linked without saying by whom. A new platform key breaks the links (see the README).

const CONTEXT = 'concern-reporter-account';

export const accountHash = (secrets: SecretBox, personId: string) => secrets.keyedHash(personId, CONTEXT);

/**
 * Links the report the receipt code opens to the signed-in person: proof enough that they made it, since only
 * its reporter was shown the code. The code is looked up as the reporter's page looks it up (its shape first,
 * throttled, a miss counted); an anonymous report is never linked, and one linked to another account is refused.
 */
export async function linkReport(db: Db, secrets: SecretBox, throttle: AddressThrottle, input: { organisation: string; receiptCode: string }, who: { personId: string; address: string; requestId: string }) {
  const code = unwrap(readReceiptCode(input.receiptCode));
  const organisation = await publicOrganisation(db, input.organisation);
  return withinOrganisation(organisation.id, async () => {
    const now = clock.now();
    await refuseIfThrottled(db, throttle, organisation.id, who.address, now);
    const reportId = await findByReceipt(db, throttle, organisation.id, code, who.address, now);
    if (!reportId) throw new Problem(404, '/problems/receipt-code-not-recognised', 'Receipt code not recognised', 'No report opens with this receipt code here. Check it against the one you were given, and try again.');
    const hash = accountHash(secrets, who.personId);
    return db.transaction(async (tx) => {
      const [report] = await tx.select({ mode: concernReports.mode, reference: concernReports.reference }).from(concernReports).where(eq(concernReports.id, reportId));
      if (report!.mode === 'anonymous') throw new Conflict('anonymous-not-linked', 'An anonymous report stays anonymous', 'An anonymous report is never linked to an account: that would say who made it.');
      const [linked] = await tx.select({ accountHash: concernReporterAccounts.accountHash }).from(concernReporterAccounts).where(eq(concernReporterAccounts.reportId, reportId));
      if (linked) {
        throw linked.accountHash === hash
          ? new Conflict('already-linked', 'Linked already', 'This report is linked to your account already: your data export includes it.')
          : new Conflict('linked-to-another-account', 'Linked to another account', 'This report is linked to another account already.');
      }
      await tx.insert(concernReporterAccounts).values({ reportId, organisationId: organisation.id, accountHash: hash, linkedAt: now });
      // Without the person: the trail must not say who made a report the handlers may not know the maker of.
      await audit(tx, { personId: null, requestId: who.requestId }, { organisationId: organisation.id, action: 'report.linked_to_account', recordType: 'concern_report', recordId: reportId });
      return { reference: report!.reference, linked: true as const };
    });
  });
}

const madeByName = z.array(
  z.object({
    organisation: z.string(),
    reference: z.string(),
    mode: z.enum(MODES),
    category: z.enum(CATEGORIES),
    status: z.enum(STATUSES),
    receivedAt: z.date(),
    closedAt: z.date().nullable(),
    account: z.string(),
    when: z.string().nullable(),
    where: z.string().nullable(),
    namedPeople: z.array(z.string()),
    linkedAt: z.date(),
  }),
);

/** The reports the person made by name and linked to their account, in every organisation, for their own export. */
export const reportsMadeByName = (secrets: SecretBox): PersonalDataSection<typeof madeByName> => ({
  name: 'reportsMadeByName',
  schema: madeByName,
  async gather(db, personId) {
    const rows = await db
      .select({
        organisation: organisations.name,
        reference: concernReports.reference,
        mode: concernReports.mode,
        category: concernReports.category,
        status: concernReports.status,
        receivedAt: concernReports.receivedAt,
        closedAt: concernReports.closedAt,
        account: concernReports.account,
        when: concernReports.happenedWhen,
        where: concernReports.happenedWhere,
        namedPeople: concernReports.namedPeople,
        linkedAt: concernReporterAccounts.linkedAt,
      })
      .from(concernReporterAccounts)
      .innerJoin(concernReports, and(eq(concernReports.id, concernReporterAccounts.reportId), eq(concernReports.organisationId, concernReporterAccounts.organisationId)))
      .innerJoin(organisations, eq(organisations.id, concernReports.organisationId))
      .where(eq(concernReporterAccounts.accountHash, accountHash(secrets, personId)))
      .orderBy(asc(concernReports.receivedAt));
    return rows;
  },
});


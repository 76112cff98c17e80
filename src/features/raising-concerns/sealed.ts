import { eq } from 'drizzle-orm';
import type { SealedElsewhere } from '../../platform/secrets.ts';
import { concernReporters } from './schema.ts';
import { reporterContext } from './service.ts';

/** The identities of those who raise concerns, sealed under the platform's key: a key rotation re-seals them with the rest. */
export const reporterIdentities: SealedElsewhere = {
  name: "reporters' identities",
  async reseal(tx, reseal) {
    const rows = await tx.select({ reportId: concernReporters.reportId, sealed: concernReporters.sealed }).from(concernReporters).for('update');
    for (const row of rows) await tx.update(concernReporters).set({ sealed: reseal(row.sealed, reporterContext(row.reportId)) }).where(eq(concernReporters.reportId, row.reportId));
    return rows.length;
  },
};

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../config.ts';
import { openDatabase } from '../db/index.ts';
import { audit, auditEvents } from '../platform/audit/index.ts';
import { organisations, people } from '../platform/people/schema.ts';
import { concernReporters, concernReports } from '../features/raising-concerns/schema.ts';
import { DEFAULT_TIME_LIMITS } from '../features/raising-concerns/rules.ts';
import { reporterContext } from '../features/raising-concerns/service.ts';
import { loadSecretKey, openSecrets, SecretBox, totpContext } from '../platform/secrets.ts';
import { run } from './commands.ts';

// The commands that open the database itself, on an embedded database of their own.

let dataDir: string;
const saved = { ...process.env };
beforeAll(() => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-cli-'));
  delete process.env.DATABASE_URL;
  delete process.env.PROBITY_SECRET_KEY;
  delete process.env.PROBITY_AUDIT_ANCHORS;
  process.env.PROBITY_DATA_DIR = dataDir;
});
afterAll(() => {
  process.env = saved;
  fs.rmSync(dataDir, { recursive: true, force: true });
});

async function probity(...args: string[]) {
  const lines: string[] = [];
  const code = await run(args, { out: (line) => lines.push(line), err: (line) => lines.push(line) });
  return { code, text: lines.join('\n') };
}

// Each opens a new embedded database, which applies every migration: seconds on a busy machine.
describe('probity secrets rotate', { timeout: 120_000 }, () => {
  it('seals every two-factor secret under a new key, which then replaces the old one', async () => {
    const setting = loadConfig().secretKey;
    const database = await openDatabase({ databaseUrl: undefined, dataDir });
    const [person] = await database.db.insert(people).values({ email: 'rotate@example.test', givenName: 'Rota', familyName: 'Tion', totpSecret: 'JBSWY3DPEHPK3PXP', totpPendingSecret: 'KRSXG5CTMVRXEZLU' }).returning();
    const box = await openSecrets(database.db, setting);
    // A confidential reporter's identity, sealed under the same key for its report.
    const [organisation] = await database.db.insert(organisations).values({ kind: 'association', name: 'Rotation', slug: 'rotation' }).returning();
    const [report] = await database.db
      .insert(concernReports)
      .values({ organisationId: organisation!.id, reference: 'RC-AAAA-BBBB', receiptHash: 'hash', mode: 'confidential', category: 'misconduct', channel: 'web', account: 'An account of what happened.', receivedAt: new Date(), timeLimits: DEFAULT_TIME_LIMITS })
      .returning();
    await database.db.insert(concernReporters).values({ reportId: report!.id, organisationId: organisation!.id, sealed: box.seal('{"name":"Robin Whistle"}', reporterContext(report!.id)) });
    await database.close();
    const oldKey = loadSecretKey(setting);

    const rotated = await probity('secrets', 'rotate');
    expect(rotated).toEqual({ code: 0, text: `1 two-factor secret sealed under a new key.\n1 reporters' identities sealed under a new key.\nThe new key is in ${path.join(dataDir, 'secret.key')}.` });
    const newKey = loadSecretKey(setting);
    expect(newKey.equals(oldKey)).toBe(false);
    expect(fs.existsSync(path.join(dataDir, 'secret.key.new'))).toBe(false);

    const reopened = await openDatabase({ databaseUrl: undefined, dataDir });
    const [row] = await reopened.db.select().from(people).where(eq(people.id, person!.id));
    const [identity] = await reopened.db.select().from(concernReporters).where(eq(concernReporters.reportId, report!.id));
    // Sealing the secret held in the clear, then the rotation: each in the audit trail, by the system.
    const recorded = await reopened.db
      .select({ action: auditEvents.action, organisationId: auditEvents.organisationId, actorId: auditEvents.actorId, details: auditEvents.details })
      .from(auditEvents)
      .where(eq(auditEvents.recordType, 'two_factor_secrets'))
      .orderBy(auditEvents.seq);
    await reopened.close();
    expect(recorded).toEqual([
      { action: 'two_factor_secrets.sealed', organisationId: null, actorId: null, details: { people: 1 } },
      { action: 'two_factor_secrets.rotated', organisationId: null, actorId: null, details: { people: 1, "reporters' identities": 1 } },
    ]);
    const context = totpContext(person!.id);
    expect(new SecretBox(newKey).open(row!.totpSecret!, context)).toBe('JBSWY3DPEHPK3PXP');
    expect(new SecretBox(newKey).open(row!.totpPendingSecret!, context)).toBe('KRSXG5CTMVRXEZLU');
    expect(() => new SecretBox(oldKey).open(row!.totpSecret!, context)).toThrow();
    expect(new SecretBox(newKey).open(identity!.sealed, reporterContext(report!.id))).toBe('{"name":"Robin Whistle"}');

    // An interrupted rotation: the secrets sealed under a key left beside the old one. The start says where it is.
    fs.renameSync(path.join(dataDir, 'secret.key'), path.join(dataDir, 'secret.key.new'));
    fs.writeFileSync(path.join(dataDir, 'secret.key'), `${oldKey.toString('hex')}\n`, { mode: 0o600 });
    const interrupted = await openDatabase({ databaseUrl: undefined, dataDir });
    await expect(openSecrets(interrupted.db, setting)).rejects.toThrow(/a key rotation was interrupted: .*secret\.key\.new holds the new key/);
    await interrupted.close();
  });
});

describe('probity audit verify', { timeout: 120_000 }, () => {
  it('says the trail is intact, and fails when a chain no longer holds its written-down head', async () => {
    const database = await openDatabase({ databaseUrl: undefined, dataDir });
    await database.db.transaction((tx) => audit(tx, { personId: null, requestId: 'cli-test' }, { organisationId: null, action: 'audit.verified', recordType: 'audit_trail' }));
    await database.close();
    const intact = await probity('audit', 'verify');
    expect(intact.code).toBe(0);
    expect(intact.text).toContain('The audit trail is intact');
    fs.appendFileSync(path.join(dataDir, 'audit-anchors.jsonl'), `${JSON.stringify({ organisationId: null, seq: 999_999, hash: 'f'.repeat(64), at: '2026-11-25T10:05:00.000Z' })}\n`);
    const cut = await probity('audit', 'verify');
    expect(cut.code).toBe(1);
    expect(cut.text).toContain('entry 999999 was the newest entry when written down at 2026-11-25T10:05:00.000Z, and is gone');
  });
});

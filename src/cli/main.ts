import { ConfigError, loadConfig } from '../config.ts';
import { DataDirectoryInUse } from '../db/embedded.ts';
import { openDatabase } from '../db/index.ts';
import { verifyAll } from '../platform/audit/index.ts';

// The `probity` command. Exit codes: 0 done, 1 the check failed, 2 bad usage or input.

const usage = `Usage: probity <command>

Commands:
  audit verify    check every audit chain: each entry follows the one before and matches its hash
`;

async function auditVerify(): Promise<number> {
  const config = loadConfig();
  const database = await openDatabase({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    const reports = await verifyAll(database.db);
    let ok = true;
    for (const report of reports) {
      const chain = report.organisationId ?? 'global';
      process.stdout.write(`${report.ok ? 'ok  ' : 'FAIL'} chain ${chain}: ${report.entries} entries\n`);
      for (const problem of report.problems) process.stdout.write(`     entry ${problem.seq} ${problem.reason}\n`);
      ok &&= report.ok;
    }
    process.stdout.write(ok ? `The audit trail is intact (${reports.length} chains).\n` : 'The audit trail has been tampered with.\n');
    return ok ? 0 : 1;
  } finally {
    await database.close();
  }
}

export async function main(args: string[]): Promise<number> {
  const command = args.join(' ');
  try {
    if (command === 'audit verify') return await auditVerify();
    process.stderr.write(args.length ? `Unknown command: ${command}\n\n${usage}` : usage);
    return 2;
  } catch (error) {
    if (error instanceof ConfigError || error instanceof DataDirectoryInUse) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));

import path from 'node:path';
import { z } from 'zod';

// Every setting Probity reads from the environment. The README documents each one.
const environment = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  PROBITY_DATA_DIR: z.string().min(1).default('./data'),
  PROBITY_FILES_DIR: z.string().min(1).optional(),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().min(3).max(63).optional(),
  S3_REGION: z.string().min(1).default('eu-west-2'),
  S3_ACCESS_KEY_ID: z.string().min(1).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_REPLICA_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// URL')
    .optional(),
  DATABASE_PREPARED_STATEMENTS: z.enum(['0', '1']).default('1'),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Probity <no-reply@probity.invalid>'),
  PUBLIC_URL: z.string().url().optional(),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(0).default(600),
  TRUST_PROXY: z.enum(['0', '1']).default('0'),
  OIDC_PROVIDERS: z.string().optional(),
  PROBITY_DEMO: z.enum(['0', '1']).default('1'),
  PROBITY_DEMO_PASSWORD: z.string().min(12).default('probity-demo-2026'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('warn'),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  NODE_ENV: z.string().default('development'),
  PROBITY_WEB_DEV: z.enum(['0', '1']).default('0'),
  PROBITY_AUDIT_ANCHORS: z.string().min(1).optional(),
  PROBITY_SECRET_KEY: z.string().regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hexadecimal digits (32 random bytes)').optional(),
});

const oidcProviders = z.array(
  z.strictObject({
    id: z.string().regex(/^[a-z0-9-]{1,32}$/, 'must be lower-case letters, digits and dashes'),
    name: z.string().min(1).max(60),
    issuer: z.string().url(),
    clientId: z.string().min(1),
    clientSecret: z.string().min(1),
  }),
);

export type OidcProvider = z.infer<typeof oidcProviders>[number];

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** Where uploaded files are kept (outside the database): a local directory, or an S3-compatible bucket. */
  fileStore: { kind: 'local'; dir: string } | { kind: 's3'; endpoint: string; bucket: string; region: string; accessKeyId: string; secretAccessKey: string };
  databaseUrl: string | undefined;
  /** A read replica of DATABASE_URL's server, where reports read (db/index.ts: Database.reports). */
  databaseReplicaUrl: string | undefined;
  /** Prepare statements on DATABASE_URL's server (db/wall.ts: WalledPool); off behind a pooler that cannot keep them. */
  databasePreparedStatements: boolean;
  smtpUrl: string | undefined;
  mailFrom: string;
  publicUrl: string;
  /** Single sign-on providers (OpenID Connect), e.g. a school's Microsoft or Google accounts. */
  oidcProviders: OidcProvider[];
  /** Requests per minute allowed from one address (0: no limit). */
  rateLimitPerMinute: number;
  /** Behind a reverse proxy: take the client's address from X-Forwarded-For. */
  trustProxy: boolean;
  demo: boolean;
  demoPassword: string;
  logLevel: string;
  /** How long a session lasts unused, and at most. */
  sessions: { idleMinutes: number; absoluteHours: number };
  /** Serve the web app's sources through Vite, rebuilt as they change (`npm run dev`); never in production. */
  webDevelopment: boolean;
  /** Where the audit chains' heads are written down, outside the database. */
  auditAnchors: string;
  /** The key that seals secrets kept in the database: given, or kept in a file in the data directory. */
  secretKey: { kind: 'given'; key: Buffer } | { kind: 'file'; path: string };
}

export class ConfigError extends Error {}

function fileStoreSettings(e: z.infer<typeof environment>): Config['fileStore'] {
  if (!e.S3_BUCKET) return { kind: 'local', dir: path.resolve(e.PROBITY_FILES_DIR ?? path.join(e.PROBITY_DATA_DIR, 'files')) };
  const missing = (['S3_ENDPOINT', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((k) => !e[k]);
  if (missing.length) throw new ConfigError(`Invalid configuration:\n  ${missing.map((k) => `${k}: is required with S3_BUCKET`).join('\n  ')}`);
  return { kind: 's3', endpoint: e.S3_ENDPOINT!, bucket: e.S3_BUCKET, region: e.S3_REGION, accessKeyId: e.S3_ACCESS_KEY_ID!, secretAccessKey: e.S3_SECRET_ACCESS_KEY! };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = environment.safeParse(
    Object.fromEntries(Object.entries(env).filter(([, value]) => value !== '')),
  );
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid configuration:\n  ${problems.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.DATABASE_REPLICA_URL && !e.DATABASE_URL) throw new ConfigError('Invalid configuration:\n  DATABASE_REPLICA_URL: is a replica of a PostgreSQL server, so needs DATABASE_URL (the embedded database has none)');
  let providers: unknown = [];
  try {
    providers = e.OIDC_PROVIDERS ? JSON.parse(e.OIDC_PROVIDERS) : [];
  } catch {
    throw new ConfigError('Invalid configuration:\n  OIDC_PROVIDERS: is not JSON');
  }
  const sso = oidcProviders.safeParse(providers);
  if (!sso.success) {
    throw new ConfigError(`Invalid configuration:\n  ${sso.error.issues.map((i) => `OIDC_PROVIDERS.${i.path.join('.')}: ${i.message}`).join('\n  ')}`);
  }
  return {
    oidcProviders: sso.data,
    port: e.PORT,
    host: e.HOST,
    dataDir: path.resolve(e.PROBITY_DATA_DIR),
    fileStore: fileStoreSettings(e),
    databaseUrl: e.DATABASE_URL,
    databaseReplicaUrl: e.DATABASE_REPLICA_URL,
    databasePreparedStatements: e.DATABASE_PREPARED_STATEMENTS === '1',
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    publicUrl: (e.PUBLIC_URL ?? `http://${e.HOST.includes(':') ? `[${e.HOST}]` : e.HOST}:${e.PORT}`).replace(/\/$/, ''),
    rateLimitPerMinute: e.RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY === '1',
    demo: e.PROBITY_DEMO === '1',
    demoPassword: e.PROBITY_DEMO_PASSWORD,
    logLevel: e.LOG_LEVEL,
    sessions: { idleMinutes: e.SESSION_IDLE_MINUTES, absoluteHours: e.SESSION_ABSOLUTE_HOURS },
    webDevelopment: e.PROBITY_WEB_DEV === '1' && e.NODE_ENV !== 'production',
    auditAnchors: path.resolve(e.PROBITY_AUDIT_ANCHORS ?? path.join(e.PROBITY_DATA_DIR, 'audit-anchors.jsonl')),
    secretKey: e.PROBITY_SECRET_KEY ? { kind: 'given', key: Buffer.from(e.PROBITY_SECRET_KEY, 'hex') } : { kind: 'file', path: path.join(path.resolve(e.PROBITY_DATA_DIR), 'secret.key') },
  };
}

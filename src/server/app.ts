import crypto from 'node:crypto';
import cookie from '@fastify/cookie';
import helmet from '@fastify/helmet';
import rateLimit from '@fastify/rate-limit';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import type { DestinationStream } from 'pino';
import { jsonSchemaTransform, serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Config } from '../config.ts';
import type { Database } from '../db/index.ts';
import { withinOrganisation } from '../db/wall.ts';
import { auth } from '../platform/auth/plugin.ts';
import { errorForLog, problemDetails } from '../platform/errors.ts';
import { refuseControlCharacters } from '../platform/control-characters.ts';
import '../platform/validation.ts';
import { createMailer, type Mailer } from '../platform/mail/index.ts';
import { openFileStore, type FileStore } from '../platform/files/store.ts';
import { sharedCountStore, SharedCounts } from '../platform/rate-limits.ts';
import { openSecrets } from '../platform/secrets.ts';
import { healthRoutes } from '../features/health/routes.ts';
import { accountRoutes } from '../features/accounts/routes.ts';
import { organisationRoutes } from '../features/organisations/routes.ts';
import { auditRoutes } from '../features/audit/routes.ts';
import { singleSignOnRoutes } from '../features/single-sign-on/routes.ts';
import { deadlineRoutes } from '../features/deadlines/routes.ts';
import { notificationRoutes } from '../features/notifications/routes.ts';
import { codeRoutes } from '../features/codes/routes.ts';
import { selfAssessmentRoutes } from '../features/self-assessment/routes.ts';
import { retentionRoutes } from '../features/retention/routes.ts';
import { caseRoutes } from '../features/cases/routes.ts';
import { programmeRoutes } from '../features/programmes/routes.ts';
import { programmesPersonalData } from '../features/programmes/index.ts';
import { declarationRoutes } from '../features/declarations/routes.ts';
import { declarationsPersonalData } from '../features/declarations/index.ts';
import { safeguardingRoutes } from '../features/safeguarding/routes.ts';
import { conductLogRoutes } from '../features/conduct-log/routes.ts';
import { raisingConcernsRoutes } from '../features/raising-concerns/routes.ts';
import { provisionsReportRoutes } from '../features/provisions-report/routes.ts';
import { retentionSchedule } from '../platform/retention.ts';
import { recordTypes, retentionRules } from './retention.ts';
import { cacheControl, webRoutes } from './web.ts';
import { benchBaselineRoutes, benchBaselineWanted } from './bench-baseline.ts';
import type { RouteContext } from '../platform/context.ts';
import { attestationsPersonalData } from '../features/codes/index.ts';
import { deadlinesPersonalData } from '../features/deadlines/index.ts';
import { developmentPersonalData } from '../features/self-assessment/index.ts';
import { reportsMadeByName } from '../features/raising-concerns/index.ts';

export interface AppDeps {
  config: Config;
  database: Database;
  mailer?: Mailer;
  /** Serve the web app (built assets, or Vite in development). Off in API tests. */
  web?: boolean;
  /** Where the log is written; standard output unless a test reads it. */
  logStream?: DestinationStream;
}

export type App = FastifyInstance;

declare module 'fastify' {
  interface FastifyInstance {
    /** The one mailer of this process, for the recurring jobs too. */
    mailer: Mailer;
    files: FileStore;
  }
}

// Request bodies larger than this are refused before they are parsed; uploads have their own limits.
const BODY_LIMIT = 1024 * 1024;

/** The path as logged: no query string, and no secret that a path carries (a calendar feed's token). */
const loggedPath = (url: string) => url.split('?')[0]!.replace(/^(\/api\/calendar\/)[^/]+$/i, '$1[secret].ics');

export async function buildApp(deps: AppDeps): Promise<App> {
  const { config, database } = deps;
  const app = Fastify({
    bodyLimit: BODY_LIMIT,
    trustProxy: config.trustProxy,
    // Request ids are the server's own: the audit trail records them, so no client may choose one. A client's
    // own id goes beside it in that request's log lines only, made safe and short.
    genReqId: () => crypto.randomUUID(),
    childLoggerFactory: (logger, bindings, options, raw) => {
      const given = String(raw.headers['x-request-id'] ?? '').replace(/[^\w.-]/g, '').slice(0, 64);
      return logger.child(given ? { ...bindings, clientRequestId: given } : bindings, options);
    },
    logger: {
      level: config.logLevel,
      stream: deps.logStream,
      // No personal data in logs: no bodies, no cookies, no query strings, no query parameters in errors.
      serializers: {
        err: errorForLog,
        req: (request: { method: string; url: string; id: string }) => ({ method: request.method, url: loggedPath(request.url), id: request.id }),
        res: (reply: { statusCode: number }) => ({ statusCode: reply.statusCode }),
      },
      redact: ['req.headers.cookie', 'req.headers.authorization', 'req.headers["x-csrf-token"]'],
    },
  }).withTypeProvider<ZodTypeProvider>();
  // The server's request id on every response, so that support can find the request in the log.
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const mailer = deps.mailer ?? createMailer({ db: database.db, smtpUrl: config.smtpUrl, from: config.mailFrom, logger: app.log });
  app.decorate('mailer', mailer);

  await app.register(problemDetails);
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        upgradeInsecureRequests: config.publicUrl.startsWith('https:') ? [] : null,
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https:'),
  });
  await app.register(cookie);
  // Counted once a route knows who is asking: each signed-in person has their own allowance, so the staff of a
  // school who all reach Probity from one address do not share one; anyone else is counted by address.
  // The counts are kept in the database, shared by every server process on it, under keyed hashes: no address
  // or person is written down (an anonymous reporter's address must not be, 003 Key Principle 6). With the
  // general limit off, sign-in's own limits are counted in each process's memory.
  const secrets = await openSecrets(database.db, config.secretKey);
  let store: ReturnType<typeof sharedCountStore> | undefined;
  if (config.rateLimitPerMinute) {
    const counts = new SharedCounts(database.db, (key) => secrets.keyedHash(key, 'request-limit'), (error) => app.log.warn({ err: error }, 'request counts not shared this time'));
    app.addHook('onClose', () => counts.close());
    store = sharedCountStore(counts);
  }
  await app.register(rateLimit, {
    hook: 'preHandler',
    max: config.rateLimitPerMinute || Number.MAX_SAFE_INTEGER,
    timeWindow: '1 minute',
    keyGenerator: (request) => (request.session ? `person:${request.session.personId}` : request.ip),
    store,
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'Probity API', version: '0.1.0', description: 'The professional codes of the education sector as working software.' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'probity_session' } } },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  await app.register(cacheControl);

  await app.register(auth, {
    db: database.db,
    sessions: config.sessions,
    secureCookies: config.publicUrl.startsWith('https:'),
  });
  // Once a route's organisation has granted the access it needs, the rest of the request runs behind that
  // organisation's wall (row-level security, src/db/wall.ts). Routes without an organisation (public ones, a
  // person's own pages across their organisations) and the session look-up above run outside it.
  app.addHook('preValidation', (request, _reply, done) => (request.actor ? withinOrganisation(request.actor.organisationId, done) : done()));
  await app.register(refuseControlCharacters);

  const files = openFileStore(config.fileStore);
  app.decorate('files', files);
  const personalData = [deadlinesPersonalData, attestationsPersonalData, developmentPersonalData, declarationsPersonalData, programmesPersonalData, reportsMadeByName(secrets)];
  const retention = retentionSchedule(retentionRules(config));
  const context: RouteContext = { config, database, mailer, files, secrets, personalData, retention, recordTypes: recordTypes() };
  await app.register(healthRoutes, context);
  await app.register(accountRoutes, context);
  await app.register(organisationRoutes, context);
  await app.register(auditRoutes, context);
  await app.register(singleSignOnRoutes, context);
  await app.register(deadlineRoutes, context);
  await app.register(notificationRoutes, context);
  await app.register(codeRoutes, context);
  await app.register(selfAssessmentRoutes, context);
  await app.register(retentionRoutes, context);
  await app.register(caseRoutes, context);
  await app.register(programmeRoutes, context);
  await app.register(declarationRoutes, context);
  await app.register(safeguardingRoutes, context);
  await app.register(conductLogRoutes, context);
  await app.register(raisingConcernsRoutes, context);
  await app.register(provisionsReportRoutes, context);
  // Only when `npm run bench` starts the server: the baseline its figures are measured against.
  if (benchBaselineWanted()) await app.register(benchBaselineRoutes);
  if (deps.web) await app.register(webRoutes, { development: config.webDevelopment });

  app.addHook('onClose', async () => mailer.close());
  return app;
}

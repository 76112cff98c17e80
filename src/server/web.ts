import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import fp from 'fastify-plugin';

// The web app. `npm start` serves the files `npm run build` wrote to dist/web; `npm run dev` serves the
// sources through Vite instead, rebuilt as they change. Every GET that is neither an API route nor a built
// file is answered with index.html, so that the app's own addresses (/orgs/…/people, and a code version
// such as /codes/x/1.2 with a dot in it) load on a reload too.
// None of these routes is under /api/: API routes declare an access level, these are outside that scheme.

const built = fileURLToPath(new URL('../../dist/web/', import.meta.url));
const sources = fileURLToPath(new URL('../../web/', import.meta.url));
const viteConfig = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

/** An API address as the router reads it, decoded: /%61pi/x is one too. */
const isApi = (pathname: string) => /^\/api(\/|$)/.test(decodeURIComponent(pathname));
const pathOf = (url: string) => url.split('?')[0] ?? '/';

const NOT_BUILT = `<!doctype html>
<html lang="en-GB"><head><meta charset="utf-8"><title>Probity</title></head>
<body><main><h1>Probity's web app is not built</h1>
<p>Run <code>npm run build</code>, or start Probity with <code>npm start</code>, which builds it first. The API is running.</p></main></body></html>`;

// The replies that carry one of the built files, which keep the caching given them below.
const builtFileReplies = new WeakSet<FastifyReply>();

/**
 * Any response may carry personal data, so none is stored by browsers or proxies, but the web app's built
 * files and the API's answers with an entity tag, which routes give only to what is no one's personal data
 * (a code's text) and which browsers keep only to ask again whether it changed. Decided by what answered,
 * never by the URL as written: the router decodes /%61pi/me to /api/me.
 */
export const cacheControl = fp(async (app: FastifyInstance) => {
  app.addHook('onSend', async (_request, reply) => {
    const keep = builtFileReplies.has(reply) || (reply.hasHeader('etag') && reply.getHeader('cache-control') === 'private, no-cache');
    if (!(keep && reply.statusCode < 400)) reply.header('cache-control', 'no-store');
  });
}, { name: 'cache-control' });

export async function webRoutes(app: FastifyInstance, options: { development: boolean; root?: string }) {
  if (options.development) {
    await viteDevelopment(app);
    return;
  }
  const root = options.root ?? built;
  const index = path.join(root, 'index.html');
  /** A file the build wrote: inside the root, and there. */
  const isBuilt = (pathname: string) => {
    // Fastify has refused a malformed escape already (400), so the path decodes.
    const file = path.resolve(root, `.${decodeURIComponent(pathname)}`);
    return file.startsWith(path.resolve(root) + path.sep) && fs.statSync(file, { throwIfNoEntry: false })?.isFile() === true;
  };
  if (!fs.existsSync(index)) app.log.warn('The web app is not built (no dist/web); run npm run build. The API works without it.');

  // The build writes each file's gzip and Brotli forms beside it (src/cli/build.ts); a browser gets the one it accepts.
  await app.register(fastifyStatic, { root, serve: false, preCompressed: true });
  // The web app's files are read from disk and cached by browsers: they count against no one's request limit.
  app.get('/*', { schema: { hide: true }, config: { rateLimit: false } }, async (request, reply) => {
    const pathname = pathOf(request.url);
    if (isApi(pathname)) return reply.callNotFound();
    // A missing asset is missing; any other address with a dot is one of the app's pages.
    if (pathname.startsWith('/assets/') || isBuilt(pathname)) {
      // Built assets have a content hash in their names, so they never change: cache them for a year.
      const hashed = pathname.startsWith('/assets/');
      builtFileReplies.add(reply);
      return reply.sendFile(pathname.slice(1), hashed ? { immutable: true, maxAge: '365d' } : { maxAge: '1h' });
    }
    if (!fs.existsSync(index)) return reply.status(503).type('text/html; charset=utf-8').send(NOT_BUILT);
    builtFileReplies.add(reply);
    reply.header('cache-control', 'no-cache');
    return reply.sendFile('index.html', { cacheControl: false });
  });
}

/**
 * `npm run dev`: Vite compiles the sources on request and pushes changes over a WebSocket on the same
 * server. Its development client injects inline scripts and styles, so pages served this way carry a
 * looser Content Security Policy than the built app (which allows no inline script or style at all).
 */
async function viteDevelopment(app: FastifyInstance) {
  const { createServer } = await import('vite');
  const vite = await createServer({
    configFile: viteConfig,
    appType: 'custom',
    server: { middlewareMode: true, hmr: { server: app.server } },
  });
  app.addHook('onClose', async () => vite.close());

  // The web app's files are read from disk and cached by browsers: they count against no one's request limit.
  app.get('/*', { schema: { hide: true }, config: { rateLimit: false } }, async (request, reply) => {
    const pathname = pathOf(request.url);
    if (isApi(pathname)) return reply.callNotFound();
    const page = !path.extname(pathname) && !pathname.startsWith('/@');
    if (page) {
      const html = await vite.transformIndexHtml(request.url, await fs.promises.readFile(path.join(sources, 'index.html'), 'utf8'));
      reply.header(
        'content-security-policy',
        "default-src 'self'; script-src 'self' 'unsafe-inline'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self' ws: wss:; frame-ancestors 'none'; object-src 'none'; base-uri 'self'",
      );
      reply.header('cache-control', 'no-store');
      return reply.type('text/html; charset=utf-8').send(html);
    }
    reply.hijack();
    vite.middlewares(request.raw, reply.raw, () => {
      reply.raw.statusCode = 404;
      reply.raw.end('Not found');
    });
  });
}

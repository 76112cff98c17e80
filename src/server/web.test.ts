import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Fastify, { type FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheControl, webRoutes } from './web.ts';

// The built web app: its files as they are, and the app's own page for every other address.

let app: FastifyInstance;
let root: string;
beforeAll(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-web-'));
  fs.mkdirSync(path.join(root, 'assets'));
  fs.writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>Probity</title>');
  fs.writeFileSync(path.join(root, 'assets', 'app-1a2b.js'), 'console.log(1)');
  fs.writeFileSync(path.join(root, 'favicon.svg'), '<svg/>');
  app = Fastify();
  await app.register(cacheControl);
  await app.register(webRoutes, { development: false, root });
});
afterAll(async () => {
  await app.close();
  fs.rmSync(root, { recursive: true, force: true });
});

const get = (url: string) => app.inject({ method: 'GET', url });

describe('serving the web app', () => {
  it('serves built files, hashed assets for a year', async () => {
    const asset = await get('/assets/app-1a2b.js');
    expect(asset.body).toBe('console.log(1)');
    expect(asset.headers['cache-control']).toContain('immutable');
    expect((await get('/favicon.svg')).body).toBe('<svg/>');
  });

  it("answers the app's own addresses with its page, a code version with a dot in it too", async () => {
    for (const url of ['/orgs/1/people', '/codes/set-code-of-practice/2018.1', '/codes/x/v1.2?provision=3']) {
      const page = await get(url);
      expect([url, page.statusCode, page.body]).toEqual([url, 200, '<!doctype html><title>Probity</title>']);
    }
  });

  it('lets browsers keep the built files, and store nothing else', async () => {
    expect((await get('/assets/app-1a2b.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/favicon.svg')).headers['cache-control']).toBe('public, max-age=3600');
    expect((await get('/orgs/1/people')).headers['cache-control']).toBe('no-cache');
    // An API address however written is the API's (none here, so not found), never the app's page.
    for (const url of ['/assets/gone-9z9z.js', '/%61pi/me', '/%61pi/me/export']) {
      const r = await get(url);
      expect([url, r.statusCode, r.headers['cache-control']]).toEqual([url, 404, 'no-store']);
    }
  });

  it('sends a file compressed as the build wrote it, to a browser that accepts it', async () => {
    fs.writeFileSync(path.join(root, 'assets', 'app-1a2b.js.br'), 'brotli');
    fs.writeFileSync(path.join(root, 'assets', 'app-1a2b.js.gz'), 'gzip');
    const as = (encoding: string) => app.inject({ method: 'GET', url: '/assets/app-1a2b.js', headers: { 'accept-encoding': encoding } });
    expect([(await as('gzip, deflate, br')).headers['content-encoding'], (await as('gzip, deflate, br')).body]).toEqual(['br', 'brotli']);
    expect([(await as('gzip')).headers['content-encoding'], (await as('gzip')).body]).toEqual(['gzip', 'gzip']);
    expect([(await as('identity')).headers['content-encoding'], (await as('identity')).body]).toEqual([undefined, 'console.log(1)']);
  });

  it('says a missing asset is missing, and never serves a file outside the build', async () => {
    expect((await get('/assets/gone-9z9z.js')).statusCode).toBe(404);
    for (const url of ['/../package.json', '/%2e%2e/package.json', '/assets/%2e%2e/%2e%2e/package.json']) expect((await get(url)).body).not.toContain('"name"');
    expect((await get('/%E0%A4%A.js')).statusCode).toBe(400);
  });
});

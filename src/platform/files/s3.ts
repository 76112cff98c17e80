import crypto from 'node:crypto';
import type { FileStore } from './store.ts';

// An S3-compatible object store (AWS S3, MinIO, Ceph, Backblaze, …), spoken to directly with
// Signature Version 4, path-style addressing, unsigned payload hashing avoided: the body's SHA-256 is sent.

export interface S3Settings {
  endpoint: string;
  bucket: string;
  region: string;
  accessKeyId: string;
  secretAccessKey: string;
}

const sha256 = (data: string | Uint8Array) => crypto.createHash('sha256').update(data).digest('hex');
const hmac = (key: crypto.BinaryLike, data: string) => crypto.createHmac('sha256', key).update(data).digest();
const encode = (text: string) => encodeURIComponent(text).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

export interface SignInput {
  method: string;
  url: URL;
  headers: Record<string, string>;
  payloadHash: string;
  region: string;
  service: string;
  accessKeyId: string;
  secretAccessKey: string;
  /** YYYYMMDDTHHMMSSZ */
  amzDate: string;
}

/** The Authorization header of an AWS Signature Version 4 request (headers must include host and x-amz-date). */
export function signatureV4(input: SignInput): string {
  const headerNames = Object.keys(input.headers).map((h) => h.toLowerCase()).sort();
  const lower = Object.fromEntries(Object.entries(input.headers).map(([k, v]) => [k.toLowerCase(), v.trim().replace(/\s+/g, ' ')]));
  const query = [...input.url.searchParams]
    .map(([k, v]) => [encode(k), encode(v)] as const)
    .sort(([a, x], [b, y]) => (a === b ? (x < y ? -1 : 1) : a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${v}`)
    .join('&');
  const path = input.url.pathname.split('/').map((segment) => encode(decodeURIComponent(segment))).join('/') || '/';
  const canonical = [input.method, path, query, ...headerNames.map((h) => `${h}:${lower[h]}`), '', headerNames.join(';'), input.payloadHash].join('\n');
  const day = input.amzDate.slice(0, 8);
  const scope = `${day}/${input.region}/${input.service}/aws4_request`;
  const toSign = ['AWS4-HMAC-SHA256', input.amzDate, scope, sha256(canonical)].join('\n');
  const key = hmac(hmac(hmac(hmac(`AWS4${input.secretAccessKey}`, day), input.region), input.service), 'aws4_request');
  const signature = crypto.createHmac('sha256', key).update(toSign).digest('hex');
  return `AWS4-HMAC-SHA256 Credential=${input.accessKeyId}/${scope}, SignedHeaders=${headerNames.join(';')}, Signature=${signature}`;
}

export function s3FileStore(settings: S3Settings): FileStore {
  async function call(method: 'PUT' | 'GET' | 'DELETE', key: string, body?: Uint8Array): Promise<Response> {
    const url = new URL(`${settings.endpoint.replace(/\/$/, '')}/${encode(settings.bucket)}/${encode(key)}`);
    const amzDate = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const payloadHash = sha256(body ?? '');
    const headers: Record<string, string> = { host: url.host, 'x-amz-date': amzDate, 'x-amz-content-sha256': payloadHash };
    const authorization = signatureV4({ method, url, headers, payloadHash, region: settings.region, service: 's3', accessKeyId: settings.accessKeyId, secretAccessKey: settings.secretAccessKey, amzDate });
    const response = await fetch(url, { method, headers: { ...headers, authorization, ...(body ? { 'content-type': 'application/octet-stream' } : {}) }, body: body ? Buffer.from(body) : undefined });
    if (!response.ok && !(method === 'DELETE' && response.status === 404)) {
      throw new Error(`file store ${method} answered ${response.status}: ${(await response.text()).slice(0, 200)}`);
    }
    return response;
  }
  return {
    async put(key, bytes) {
      await call('PUT', key, bytes);
    },
    async get(key) {
      return new Uint8Array(await (await call('GET', key)).arrayBuffer());
    },
    async remove(key) {
      await call('DELETE', key);
    },
  };
}

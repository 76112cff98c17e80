import fs from 'node:fs';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { s3FileStore, signatureV4 } from './s3.ts';
import { localFileStore } from './store.ts';

describe('Signature Version 4', () => {
  it('signs AWS’s own example request as AWS documents it', () => {
    // The worked example of the AWS General Reference ("Signature Version 4 signing process").
    const authorization = signatureV4({
      method: 'GET',
      url: new URL('https://iam.amazonaws.com/?Action=ListUsers&Version=2010-05-08'),
      headers: { 'Content-Type': 'application/x-www-form-urlencoded; charset=utf-8', Host: 'iam.amazonaws.com', 'X-Amz-Date': '20150830T123600Z' },
      payloadHash: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
      region: 'us-east-1',
      service: 'iam',
      accessKeyId: 'AKIDEXAMPLE',
      secretAccessKey: 'wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY',
      amzDate: '20150830T123600Z',
    });
    expect(authorization).toBe(
      'AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/iam/aws4_request, SignedHeaders=content-type;host;x-amz-date, Signature=5d672d79c15b13162d9279b0855cfba6789a8edb4c82c400e06b5924a6f2b5d7',
    );
  });
});

describe('the local file store', () => {
  it('keeps, returns and removes bytes, and refuses a key that is a path', async () => {
    const root = fs.mkdtempSync(path.join(os.tmpdir(), 'probity-store-'));
    const store = localFileStore(root);
    const key = crypto.randomUUID();
    await store.put(key, new Uint8Array([1, 2, 3]));
    expect([...(await store.get(key))]).toEqual([1, 2, 3]);
    await store.remove(key);
    await expect(store.get(key)).rejects.toThrow();
    await expect(store.put('../../etc/passwd', new Uint8Array([1]))).rejects.toThrow('invalid storage key');
    fs.rmSync(root, { recursive: true, force: true });
  });
});

describe('the S3-compatible file store', () => {
  // A minimal S3 on loopback: keeps objects in memory and checks each request is signed for the bucket's region.
  const objects = new Map<string, Buffer>();
  const seen: string[] = [];
  let server: http.Server;
  let endpoint: string;
  beforeAll(async () => {
    server = http.createServer((request, response) => {
      const auth = request.headers.authorization ?? '';
      seen.push(`${request.method} ${request.url}`);
      if (!/^AWS4-HMAC-SHA256 Credential=probity-key\/\d{8}\/eu-west-2\/s3\/aws4_request, SignedHeaders=host;x-amz-content-sha256;x-amz-date, Signature=[0-9a-f]{64}$/.test(auth)) {
        response.writeHead(403).end('<Error><Code>SignatureDoesNotMatch</Code></Error>');
        return;
      }
      const chunks: Buffer[] = [];
      request.on('data', (c: Buffer) => chunks.push(c));
      request.on('end', () => {
        const key = request.url!;
        if (request.method === 'PUT') objects.set(key, Buffer.concat(chunks));
        if (request.method === 'DELETE') objects.delete(key);
        if (request.method === 'GET' && !objects.has(key)) return response.writeHead(404).end('<Error><Code>NoSuchKey</Code></Error>');
        response.writeHead(200).end(request.method === 'GET' ? objects.get(key) : undefined);
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    endpoint = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
  });
  afterAll(() => new Promise((resolve) => server.close(resolve)));

  it('puts, gets and deletes objects in the bucket with signed requests', async () => {
    const store = s3FileStore({ endpoint, bucket: 'evidence', region: 'eu-west-2', accessKeyId: 'probity-key', secretAccessKey: 'secret' });
    const key = crypto.randomUUID();
    await store.put(key, new Uint8Array(Buffer.from('%PDF-1.4 evidence')));
    expect(Buffer.from(await store.get(key)).toString()).toBe('%PDF-1.4 evidence');
    await store.remove(key);
    await expect(store.get(key)).rejects.toThrow('answered 404');
    expect(seen).toContain(`PUT /evidence/${key}`);
  });

  it('reports a refused request', async () => {
    const store = s3FileStore({ endpoint, bucket: 'evidence', region: 'us-east-1', accessKeyId: 'probity-key', secretAccessKey: 'secret' });
    await expect(store.put(crypto.randomUUID(), new Uint8Array([1]))).rejects.toThrow('answered 403');
  });
});

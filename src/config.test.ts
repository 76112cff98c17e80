import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.ts';

describe('configuration', () => {
  it('has a default for everything', () => {
    const config = loadConfig({});
    expect(config).toMatchObject({ port: 3000, host: '127.0.0.1', databaseUrl: undefined, demo: true, publicUrl: 'http://127.0.0.1:3000', fileStore: { kind: 'local' } });
  });

  it('names every bad setting', () => {
    expect(() => loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x', PROBITY_DEMO_PASSWORD: 'short' })).toThrow(ConfigError);
    try {
      loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x' });
    } catch (error) {
      expect((error as Error).message).toContain('PORT');
      expect((error as Error).message).toContain('DATABASE_URL: must be a postgres:// URL');
    }
  });

  it('reads single sign-on providers as JSON, and says what is wrong with them', () => {
    expect(() => loadConfig({ OIDC_PROVIDERS: 'not json' })).toThrow('OIDC_PROVIDERS: is not JSON');
    expect(() => loadConfig({ OIDC_PROVIDERS: '[{"id":"Bad Id","name":"x","issuer":"https://x","clientId":"a","clientSecret":"b"}]' })).toThrow('OIDC_PROVIDERS.0.id');
  });

  it('keeps files in an S3-compatible bucket only when it is fully described', () => {
    expect(() => loadConfig({ S3_BUCKET: 'evidence' })).toThrow('S3_ENDPOINT: is required with S3_BUCKET');
    expect(loadConfig({ S3_BUCKET: 'evidence', S3_ENDPOINT: 'https://s3.example', S3_ACCESS_KEY_ID: 'a', S3_SECRET_ACCESS_KEY: 'b' }).fileStore).toMatchObject({ kind: 's3', bucket: 'evidence', region: 'eu-west-2' });
  });

  it('sends reports to a read replica only beside a PostgreSQL server', () => {
    expect(() => loadConfig({ DATABASE_REPLICA_URL: 'postgres://replica/probity' })).toThrow('DATABASE_REPLICA_URL: is a replica of a PostgreSQL server, so needs DATABASE_URL');
    expect(() => loadConfig({ DATABASE_URL: 'postgres://primary/probity', DATABASE_REPLICA_URL: 'mysql://replica' })).toThrow('DATABASE_REPLICA_URL: must be a postgres:// URL');
    expect(loadConfig({ DATABASE_URL: 'postgres://primary/probity', DATABASE_REPLICA_URL: 'postgres://replica/probity' }).databaseReplicaUrl).toBe('postgres://replica/probity');
  });
});

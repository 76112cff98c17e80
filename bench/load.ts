import autocannon from 'autocannon';

// The load generator, run by bench/platform.ts as a process of its own so that it takes none of the
// server's event loop: one route, a fixed number of connections for a fixed time, then one line of JSON.

export interface LoadSpec {
  url: string;
  connections: number;
  seconds: number;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  body?: string;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  requestsPerSecond: number;
  p50Ms: number;
  p99Ms: number;
  /** Answers other than 2xx, connection errors and timeouts: any of them spoils the figure. */
  non2xx: number;
  errors: number;
  timeouts: number;
  statusCodes: Record<string, number>;
}

const spec = JSON.parse(process.argv[2] ?? '') as LoadSpec;
const result = await autocannon({ url: spec.url, connections: spec.connections, duration: spec.seconds, method: spec.method, headers: spec.headers, body: spec.body });
const answer: LoadResult = {
  requests: result.latency.totalCount,
  seconds: result.duration,
  requestsPerSecond: result.latency.totalCount / result.duration,
  p50Ms: result.latency.p50,
  p99Ms: result.latency.p99,
  non2xx: result.non2xx,
  errors: result.errors,
  timeouts: result.timeouts,
  statusCodes: Object.fromEntries(Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count])),
};
process.stdout.write(`${JSON.stringify(answer)}\n`);

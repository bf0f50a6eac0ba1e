/*
 * npm run bench:deep-json — what JSON bodies nested 5,000 deep cost the API, over real HTTP.
 * BENCH_DEEP_REQUESTS (default 200): deep bodies sent, BENCH_DEEP_CONCURRENCY (default 20) at once,
 * while /health/live is probed; its latency is compared with the same probes on an idle API.
 * Prints one `name: value` line per figure.
 */
import 'reflect-metadata';
import { randomBytes, randomUUID } from 'node:crypto';
import { performance } from 'node:perf_hooks';
import { mintToken } from '../apps/api/src/auth';
import { createApiApp } from '../apps/api/src/bootstrap';
import { databaseUrl, quoteIdent, withAdminClient } from '../test/support/database';

const REQUESTS = Number(process.env.BENCH_DEEP_REQUESTS ?? 200);
const CONCURRENCY = Number(process.env.BENCH_DEEP_CONCURRENCY ?? 20);
const PROBES = 200;
const DEPTH = 5_000;
const SECRET = randomBytes(24).toString('hex');

const line = (name: string, value: string | number) => console.log(`${name}: ${value}`);
const percentile = (values: number[], share: number) => [...values].sort((a, b) => a - b)[Math.min(values.length - 1, Math.floor(values.length * share))];
const round = (value: number) => Number(value.toFixed(2));

async function timed(request: () => Promise<Response>): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const response = await request();
  await response.arrayBuffer();
  return { ms: performance.now() - started, status: response.status };
}

async function probeLiveness(base: string, stop: (probes: number) => boolean): Promise<number[]> {
  const latencies: number[] = [];
  while (!stop(latencies.length)) latencies.push((await timed(() => fetch(`${base}/health/live`))).ms);
  return latencies;
}

/** REQUESTS bodies, CONCURRENCY at a time, while /health/live is probed. */
async function flood(base: string, token: string, body: string) {
  let sent = 0;
  let done = 0;
  const refusals: number[] = [];
  const statuses = new Set<number>();
  const sender = async () => {
    while (sent < REQUESTS) {
      sent += 1;
      const result = await timed(() =>
        fetch(`${base}/coaches`, { method: 'POST', body, headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` } }),
      );
      refusals.push(result.ms);
      statuses.add(result.status);
      done += 1;
    }
  };
  const started = performance.now();
  const [probes] = await Promise.all([probeLiveness(base, () => done >= REQUESTS), ...Array.from({ length: CONCURRENCY }, sender)]);
  return { refusals, statuses, probes, perSecond: REQUESTS / ((performance.now() - started) / 1000) };
}

async function main(): Promise<void> {
  const database = `gps_bench_${randomBytes(4).toString('hex')}`;
  await withAdminClient((client) => client.query(`CREATE DATABASE ${quoteIdent(database)}`));
  Object.assign(process.env, {
    NODE_ENV: 'test',
    LOG_LEVEL: 'silent',
    DATABASE_URL: databaseUrl(database),
    REDIS_KEY_PREFIX: `gps-bench:${randomBytes(4).toString('hex')}`,
    JWT_SECRET: SECRET,
    RATE_LIMIT_REQUESTS: String(REQUESTS * 10),
  });
  const app = await createApiApp();
  await app.listen({ port: 0, host: '127.0.0.1' });
  const base = await app.getUrl();
  try {
    const token = await mintToken(SECRET, { sub: randomUUID(), role: 'admin' });
    const body = `${'['.repeat(DEPTH)}${']'.repeat(DEPTH)}`;
    const idle = await probeLiveness(base, (probes) => probes >= PROBES);

    const flat = await flood(base, token, '{"firstName":""}');
    const deep = await flood(base, token, body);

    line('deep_json_depth', DEPTH);
    line('health_live_idle_p95_ms', round(percentile(idle, 0.95)));
    for (const [name, run] of [
      ['flat_invalid_body', flat],
      ['deep_json', deep],
    ] as const) {
      line(`${name}_statuses`, [...run.statuses].join(','));
      line(`${name}_refusal_p50_ms`, round(percentile(run.refusals, 0.5)));
      line(`${name}_refusals_per_s`, round(run.perSecond));
      line(`health_live_under_${name}_p95_ms`, round(percentile(run.probes, 0.95)));
      line(`health_live_under_${name}_max_ms`, round(Math.max(...run.probes)));
    }
    line('deep_vs_flat_refusals_per_s_ratio', round(deep.perSecond / flat.perSecond));
  } finally {
    await app.close();
    await withAdminClient((client) => client.query(`DROP DATABASE IF EXISTS ${quoteIdent(database)} WITH (FORCE)`));
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

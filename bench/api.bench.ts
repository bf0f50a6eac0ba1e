/*
 * npm run bench:api — every dashboard read and list of the API under load, on a database of its own.
 * Seeds BENCH_COMPETITORS (10000) competitors, 50 coaches, 200 teams, BENCH_SOLVES (1000000) solves over
 * 12 months and a Flash CTF event a month; starts the API as a separate process; drives each read with
 * autocannon at BENCH_CONNECTIONS (50) for BENCH_SECONDS (10) s, as an admin over everything and as one
 * coach, after GET /health/live of the same server as the baseline. Each JSON read is driven twice:
 * `warm` against the API with its read cache on (default settings), then `cold` for BENCH_COLD_SECONDS
 * (5) against a second API process started with READ_CACHE_TTL_MS=0, so the cost of computing every
 * answer stays visible. Prints one `name: value` line per figure.
 */
import 'reflect-metadata';
import autocannon from 'autocannon';
import { ChildProcess, spawn } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { mintToken } from '../apps/api/src/auth';
import { cleanupRedisPrefix } from '../test/support/redis';
import { seedApiWorld } from './api-seed';
import { createDatabase, runBench } from './support';

const COMPETITORS = Number(process.env.BENCH_COMPETITORS ?? 10_000);
const SOLVES = Number(process.env.BENCH_SOLVES ?? 1_000_000);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const COLD_SECONDS = Number(process.env.BENCH_COLD_SECONDS ?? 5);
/** Comma-separated read names (e.g. `BENCH_ONLY=dashboard_overview,competitors_default`); unset = every read. */
const ONLY = process.env.BENCH_ONLY?.split(',')
  .map((name) => name.trim())
  .filter(Boolean);
const JWT_SECRET = randomBytes(24).toString('hex');
const DAY_MS = 86_400_000;

const line = (name: string, value: string | number) => console.log(`${name}: ${value}`);
const round = (value: number, digits = 1) => Number(value.toFixed(digits));
const day = (at: Date) => at.toISOString().slice(0, 10);

interface Read {
  name: string;
  path: string;
  /** A download: sample the API's RSS while it runs, and allow each response a minute. */
  csv?: boolean;
}

function reads(competitorId: string, teamId: string, searchTerm: string): Read[] {
  const year = `from=${day(new Date(Date.now() - 365 * DAY_MS))}&to=${day(new Date())}`;
  return [
    { name: 'dashboard_overview', path: '/dashboard/overview' },
    { name: 'leaderboard_default', path: '/dashboard/leaderboard' },
    { name: 'leaderboard_search', path: `/dashboard/leaderboard?search=${searchTerm}` },
    { name: 'leaderboard_last_activity', path: '/dashboard/leaderboard?sort=lastActivity' },
    { name: 'leaderboard_page_150', path: '/dashboard/leaderboard?page=150&limit=50' },
    { name: 'dashboard_flash_ctf', path: '/dashboard/flash-ctf' },
    { name: 'dashboard_teams_matrix', path: '/dashboard/teams' },
    { name: 'dashboard_team_drawer', path: `/dashboard/teams/${teamId}` },
    { name: 'dashboard_access_alerts', path: '/dashboard/access-alerts' },
    { name: 'dashboard_timeline', path: '/dashboard/timeline' },
    { name: 'dashboard_activity', path: '/dashboard/activity' },
    { name: 'drill_down_solves', path: `/dashboard/competitors/${competitorId}/solves?${year}` },
    { name: 'drill_down_categories', path: `/dashboard/competitors/${competitorId}/categories?${year}` },
    { name: 'competitor_detail', path: `/competitors/${competitorId}` },
    { name: 'me', path: '/me' },
    { name: 'competitors_default', path: '/competitors?pageSize=50' },
    { name: 'competitors_search', path: `/competitors?pageSize=50&search=${searchTerm}` },
    { name: 'competitors_page_190', path: '/competitors?pageSize=50&page=190' },
    { name: 'teams', path: '/teams?pageSize=50' },
    { name: 'coaches', path: '/coaches?pageSize=50' },
    { name: 'csv_drill_down_1000_solves', path: `/dashboard/competitors/${competitorId}/solves.csv?${year}`, csv: true },
    { name: 'csv_leaderboard', path: '/dashboard/leaderboard.csv', csv: true },
  ];
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

const rssMb = (pid: number) => Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

async function startApi(env: Record<string, string>, port: number): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['-r', '@swc-node/register', join(__dirname, '..', 'apps', 'api', 'src', 'main.ts')], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const deadline = Date.now() + 120_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`the API exited with code ${child.exitCode}`);
    try {
      if ((await fetch(`http://127.0.0.1:${port}/health/live`)).ok) return child;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error('the API did not start within 120 s');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

/** One autocannon run; p95 comes from every response time, which autocannon's own summary lacks. */
async function drive(url: string, token: string | null, pid: number, read: Read, name: string, seconds = SECONDS): Promise<void> {
  const times: number[] = [];
  const rssBefore = rssMb(pid);
  let rssPeak = rssBefore;
  const sampler = read.csv ? setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(pid))), 100) : undefined;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const options = {
      url: `${url}${read.path}`,
      connections: CONNECTIONS,
      duration: seconds,
      timeout: read.csv ? 60 : 10,
      headers: token ? { authorization: `Bearer ${token}` } : {},
    };
    const instance = autocannon(options, (error, finished) => (error ? reject(error) : resolve(finished)));
    instance.on('response', (_client, _status, _bytes, responseTime) => times.push(responseTime));
  });
  clearInterval(sampler);
  times.sort((a, b) => a - b);
  const percentile = (p: number) => (times.length > 0 ? times[Math.min(times.length - 1, Math.ceil((p / 100) * times.length) - 1)] : NaN);
  line(`${name}.p50_ms`, round(percentile(50)));
  line(`${name}.p95_ms`, round(percentile(95)));
  line(`${name}.p99_ms`, round(percentile(99)));
  line(`${name}.req_per_s`, round(result.requests.average));
  line(`${name}.non_2xx`, result.non2xx + result.errors + result.timeouts);
  if (read.csv) line(`${name}.rss_growth_mb`, round(rssPeak - rssBefore));
}

/** One download at a time: its time and how much it grows the API's RSS (the streaming goal). */
async function downloadAlone(url: string, token: string, pid: number, read: Read, who: string): Promise<void> {
  const rssBefore = rssMb(pid);
  let rssPeak = rssBefore;
  const sampler = setInterval(() => (rssPeak = Math.max(rssPeak, rssMb(pid))), 20);
  const started = performance.now();
  const response = await fetch(`${url}${read.path}`, { headers: { authorization: `Bearer ${token}` } });
  const body = await response.text();
  const took = performance.now() - started;
  clearInterval(sampler);
  const name = `${who}.${read.name}_alone`;
  line(`${name}.status`, response.status);
  line(`${name}.rows`, body.split('\r\n').length - 2);
  line(`${name}.ms`, round(took));
  line(`${name}.rss_growth_mb`, round(rssPeak - rssBefore));
}

/** How the warm API answered its cached reads over the whole run, from its /metrics. */
async function readCacheFigures(url: string): Promise<void> {
  const metrics = await (await fetch(`${url}/metrics`)).text();
  for (const [, result, count] of metrics.matchAll(/^gps_read_cache_requests_total\{result="(\w+)"\} (\d+)/gm)) line(`warm.read_cache.${result}`, count);
}

async function main() {
  line('machine', `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${round(totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}`);
  line('connections', CONNECTIONS);
  line('seconds_per_read', SECONDS);
  line('cold_seconds_per_read', COLD_SECONDS);
  const database = await createDatabase();
  const redisPrefix = `gps-bench-api-${randomBytes(3).toString('hex')}`;
  let api: ChildProcess | undefined;
  let coldApi: ChildProcess | undefined;
  try {
    const seeding = Date.now();
    const seed = await seedApiWorld(database.url, { competitors: COMPETITORS, coaches: 50, teams: 200, solves: SOLVES, drillSolves: 1_000, flashEvents: 12 });
    line('seed_s', round((Date.now() - seeding) / 1000));
    line('seed_rows', `${COMPETITORS} competitors, 50 coaches, 200 teams, ${SOLVES} solves, 12 Flash CTF events`);
    line('search_term', seed.searchTerm);
    const apiEnv = {
      NODE_ENV: 'production',
      DATABASE_URL: database.url,
      REDIS_KEY_PREFIX: redisPrefix,
      JWT_SECRET,
      LOG_LEVEL: 'warn',
      GAME_PLATFORM_INTEGRATION_ENABLED: 'true',
      // The per-client request limit (600 a minute) would answer most of a run with 429: the bench measures the reads.
      RATE_LIMIT_REQUESTS: '100000000',
    };
    const port = await freePort();
    api = await startApi({ ...apiEnv, PORT: String(port) }, port);
    const coldPort = await freePort();
    coldApi = await startApi({ ...apiEnv, PORT: String(coldPort), READ_CACHE_TTL_MS: '0' }, coldPort);
    const pid = api.pid!;
    const url = `http://127.0.0.1:${port}`;
    const coldUrl = `http://127.0.0.1:${coldPort}`;
    const teamId = '00000000-0000-4000-9000-000000000000';
    const callers = [
      { who: 'admin', token: await mintToken(JWT_SECRET, { sub: randomUUID(), role: 'admin' }) },
      { who: 'coach', token: await mintToken(JWT_SECRET, { sub: seed.coachId, role: 'coach' }) },
    ];
    line('api_rss_before_mb', round(rssMb(pid)));
    await drive(url, null, pid, { name: 'health_live', path: '/health/live' }, 'baseline.health_live');
    for (const { who, token } of callers) {
      for (const read of reads(seed.competitorId, teamId, seed.searchTerm).filter(({ name }) => !ONLY || ONLY.includes(name))) {
        if (read.csv) {
          // Streamed, never cached: one figure.
          await downloadAlone(url, token, pid, read, who);
          await drive(url, token, pid, read, `${who}.${read.name}`);
          continue;
        }
        await drive(url, token, pid, read, `${who}.${read.name}.warm`);
        await drive(coldUrl, token, coldApi.pid!, read, `${who}.${read.name}.cold`, COLD_SECONDS);
      }
    }
    line('api_rss_after_mb', round(rssMb(pid)));
    await readCacheFigures(url);
    // The machine may be shared: a second baseline shows whether its load moved during the run.
    await drive(url, null, pid, { name: 'health_live', path: '/health/live' }, 'baseline_end.health_live');
  } finally {
    api?.kill('SIGTERM');
    coldApi?.kill('SIGTERM');
    await cleanupRedisPrefix(redisPrefix);
    await database.drop();
  }
}

runBench(main);

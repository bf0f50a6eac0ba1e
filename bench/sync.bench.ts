/*
 * npm run bench:sync — the score sync against the simulator, on a database of its own.
 * BENCH_COMPETITORS (default 10000), BENCH_RATE (req/s of the rate-limited cycle, default 200),
 * BENCH_BATCH_SIZE (competitors per run, default 500), BENCH_CONCURRENCY (default 32).
 * Prints one `name: value` line per figure.
 */
import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import Redis from 'ioredis';
import { ChallengeSolveDto, IncrementalSyncService, SolveRow, SyncWriteRepository } from '@app/game-platform';
import { PrismaService } from '@app/persistence';
import { SimulatorControl } from '../apps/game-platform-sim/src';
import { createWorkerApp } from '../apps/worker/src/bootstrap';
import { createDatabase, runBench } from './bench-support';

const N = Number(process.env.BENCH_COMPETITORS ?? 10_000);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const BATCH = Number(process.env.BENCH_BATCH_SIZE ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const LATENCY_MS = 30;
const SETTLE_MS = 3_000;
const INGEST_CHUNK = 1_000;
const NEVER = '0 0 1 1 *';
/** GAME_PLATFORM_FLASH_FULL_SYNC_DAYS default. */
const FULL_SYNC_DAYS = 7;

const line = (name: string, value: string | number) => console.log(`${name}: ${value}`);
const round = (value: number, digits = 2) => Number(value.toFixed(digits));

function startSimulatorProcess(): Promise<{ url: string; controlUrl: string; token: string; stop(): void }> {
  const child = fork(join(__dirname, 'sim-child.ts'), [], { execArgv: ['-r', '@swc-node/register'], env: { ...process.env, BENCH_COMPETITORS: String(N) } });
  return new Promise((resolve) => child.once('message', (info: { url: string; controlUrl: string; token: string }) => resolve({ ...info, stop: () => child.disconnect() })));
}

async function workerApp(env: Record<string, string>): Promise<NestFastifyApplication> {
  Object.assign(process.env, env);
  const app = await createWorkerApp();
  await app.init();
  return app;
}

/**
 * Runs batches until the rotation cycle in progress is complete: the run that took its last batch
 * (batch number + 1 = total batches), or a short or empty run. Every run made is counted, calls
 * included, so the wall time and the bound calls/R always cover the same runs.
 */
async function fullCycle(sync: IncrementalSyncService, tag: string) {
  let calls = 0;
  let runs = 0;
  let competitors = 0;
  let solves = 0;
  let sentinelCalls = 0;
  let flashReads = 0;
  let safetyNetReads = 0;
  for (;;) {
    const report = await sync.run({}, `${tag}-${runs}`);
    if (process.env.BENCH_DEBUG) console.error(JSON.stringify(report));
    runs += 1;
    calls += report.apiCalls;
    competitors += report.total;
    solves += report.newSolves;
    sentinelCalls += report.flash.detection?.sentinels.length ?? 0;
    flashReads += report.flash.competitorsFlashSynced;
    safetyNetReads += report.flash.detection?.plannedReads.safety_net ?? 0;
    if (report.total < BATCH || report.batchNumber + 1 >= report.totalBatches) break;
  }
  return { calls, runs, competitors, solves, sentinelCalls, flashReads, safetyNetReads };
}

async function bareLoop(url: string, token: string, targets: { id: string; after: number | null }[]): Promise<number> {
  let next = 0;
  const started = performance.now();
  const lane = async () => {
    while (next < targets.length) {
      const { id, after } = targets[next++];
      const query = after === null ? '' : `&after_time_unix=${after}`;
      const response = await fetch(`${url}/scores/get_odl_scores?syned_user_id=${id}${query}`, { headers: { authorization: `Bearer ${token}` } });
      await response.json();
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, lane));
  return (performance.now() - started) / 1000;
}

async function rawInsert(client: Client, rows: SolveRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += INGEST_CHUNK) {
    const chunk = rows.slice(i, i + INGEST_CHUNK);
    const values: unknown[] = [];
    const tuples = chunk.map((r, j) => {
      const s = r.solve;
      values.push(r.synedUserId, r.metactfUserId, s.challenge_solve_id, s.challenge_id, s.challenge_title, s.challenge_category, s.challenge_points, s.timestamp_unix, JSON.stringify(s.raw));
      const p = j * 9;
      return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7}, to_timestamp($${p + 8}), $${p + 9})`;
    });
    await client.query(
      `INSERT INTO game_platform_challenge_solves (syned_user_id, metactf_user_id, challenge_solve_id, challenge_id, challenge_title, challenge_category, challenge_points, solved_at, raw_payload)
       VALUES ${tuples.join(', ')} ON CONFLICT (syned_user_id, challenge_solve_id) DO NOTHING`,
      values,
    );
  }
}

async function main() {
  line('machine', `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${round(totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}`);
  line('competitors', N);
  const database = await createDatabase();
  const sim = await startSimulatorProcess();
  const control = new SimulatorControl(sim.controlUrl);
  const prefix = `gps-bench-${randomBytes(3).toString('hex')}`;
  const baseEnv = {
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: prefix,
    JWT_SECRET: 'bench-secret-bench-secret-bench-secret',
    GAME_PLATFORM_API_BASE_URL: sim.url,
    GAME_PLATFORM_API_TOKEN: sim.token,
    GAME_PLATFORM_SYNC_BATCH_SIZE: String(BATCH),
    GAME_PLATFORM_SYNC_CONCURRENCY: String(CONCURRENCY),
    GAME_PLATFORM_SYNC_CRON: NEVER,
    GAME_PLATFORM_TOTALS_SWEEP_CRON: NEVER,
    MAINTENANCE_CLEANUP_CRON: NEVER,
  };
  try {
    const seed = new Client({ connectionString: database.url });
    await seed.connect();
    seed.on('error', () => undefined);
    const coach = await seed.query<{ id: string }>(`INSERT INTO coaches (email, first_name, last_name, updated_at) VALUES ('bench@example.test', 'Bench', 'Coach', now()) RETURNING id`);
    await seed.query(
      `INSERT INTO competitors (coach_id, first_name, last_name, status, game_platform_id, updated_at)
       SELECT $1, 'First' || i, 'Last' || i, 'complete', ('5eed0000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, now()
       FROM generate_series(0, $2 - 1) AS i`,
      [coach.rows[0].id, N],
    );

    // 1. A full cycle (first sync: every solve ingested) against a vendor limited to RATE req/s, 30 ms latency.
    await control.setFaults({ latencyMs: LATENCY_MS, rateLimit: { requestsPerSecond: RATE, retryAfterSeconds: 1 } });
    // The client is set 5% under the vendor's limit, as a deployment would be: arrival jitter at exactly the limit earns 429s.
    const limited = await workerApp({ ...baseEnv, GAME_PLATFORM_RATE_LIMIT_RPS: String(RATE * 0.95), GAME_PLATFORM_RATE_LIMIT_BURST: '1' });
    let settled429 = 0;
    const settle = setTimeout(() => void control.resetCounters(), SETTLE_MS);
    const started = performance.now();
    const cycle = await fullCycle(limited.get(IncrementalSyncService), 'limited');
    const wall = (performance.now() - started) / 1000;
    clearTimeout(settle);
    settled429 = Object.values((await control.counters()).byRoute).reduce((sum, byStatus) => sum + (byStatus['429'] ?? 0), 0);
    await limited.close();
    line('full_cycle_runs', cycle.runs);
    line('full_cycle_vendor_calls', cycle.calls);
    line('full_cycle_solves_ingested', cycle.solves);
    line('full_cycle_wall_s', round(wall));
    line('full_cycle_bound_calls_over_rate_s', round(cycle.calls / RATE));
    line('full_cycle_ratio', round(wall / (cycle.calls / RATE), 3));
    line('full_cycle_429_after_settle', settled429);

    // 2. A steady cycle, unthrottled: 10% of competitors have new solves.
    await control.clearFaults();
    const fast = await workerApp({ ...baseEnv, GAME_PLATFORM_RATE_LIMIT_RPS: '100000', GAME_PLATFORM_RATE_LIMIT_BURST: '100000', GAME_PLATFORM_RATE_LIMIT_KEY: 'bench-unthrottled' });
    const prisma = fast.get(PrismaService);
    await control.activity({ userFraction: 0.1, solvesPerUser: 2 });
    await prisma.$executeRaw`UPDATE game_platform_sync_state SET last_attempt_at = last_attempt_at - interval '1 day'`;
    await prisma.$executeRaw`UPDATE game_platform_sync_runs SET started_at = started_at - interval '1 day'`;
    // Flash CTF state ages by one schedule period (30 min): the safety net's reads due in that time are in the cycle.
    await prisma.$executeRaw`UPDATE game_platform_sync_state SET last_flash_ctf_synced_at = last_flash_ctf_synced_at - interval '30 minutes'`;
    await prisma.$executeRaw`UPDATE game_platform_flash_sync_windows SET opened_at = opened_at - interval '30 minutes', expires_at = expires_at - interval '30 minutes'`;
    const steadyStarted = performance.now();
    const steady = await fullCycle(fast.get(IncrementalSyncService), 'steady');
    const steadyWall = (performance.now() - steadyStarted) / 1000;
    line('steady_cycle_due_competitors', steady.competitors);
    line('steady_cycle_vendor_calls', steady.calls);
    line('steady_cycle_runs', steady.runs);
    line('steady_vendor_calls_per_due_competitor', round((steady.calls - steady.sentinelCalls) / steady.competitors, 3));
    line('steady_flash_sentinel_calls_per_run', round(steady.sentinelCalls / steady.runs, 2));
    line('steady_flash_reads_in_batches', steady.flashReads);
    line('steady_flash_safety_net_reads', steady.safetyNetReads);
    line('steady_flash_calls_per_cycle', steady.sentinelCalls + steady.flashReads);
    line('flash_safety_net_reads_per_day_expected', round(N / FULL_SYNC_DAYS, 1));
    line('unthrottled_competitors_per_s', round(steady.competitors / steadyWall, 1));

    const targets = await prisma.$queryRaw<{ id: string; after: number | null }[]>`
      SELECT syned_user_id::text AS id, (floor(extract(epoch FROM last_odl_synced_at)) - 600)::float8 AS after FROM game_platform_sync_state`;
    const bare = await bareLoop(sim.url, sim.token, targets);
    line('bare_loop_competitors_per_s', round(targets.length / bare, 1));
    line('unthrottled_vs_bare_ratio', round(steady.competitors / steadyWall / (targets.length / bare), 3));

    // 3. Ingestion: the sync's bulk write path (solves plus their daily aggregates) against a raw multi-row
    //    INSERT ... ON CONFLICT DO NOTHING of the solves alone.
    const stored = await prisma.gamePlatformChallengeSolve.findMany({ select: { synedUserId: true, metactfUserId: true, rawPayload: true } });
    const rows: SolveRow[] = stored.map((s) => {
      const raw = s.rawPayload as Record<string, unknown>;
      const solve = Object.assign(new ChallengeSolveDto(), raw, { raw }) as ChallengeSolveDto;
      return { synedUserId: s.synedUserId, metactfUserId: s.metactfUserId, solve };
    });
    const writes = fast.get(SyncWriteRepository);
    // Ours also keeps competitor_daily_activity (same statement): start both from empty.
    await seed.query('TRUNCATE game_platform_challenge_solves, competitor_daily_activity, competitor_active_days');
    let t = performance.now();
    for (let i = 0; i < rows.length; i += INGEST_CHUNK) await writes.insertSolves(rows.slice(i, i + INGEST_CHUNK));
    const oursRate = rows.length / ((performance.now() - t) / 1000);
    await seed.query('TRUNCATE game_platform_challenge_solves');
    t = performance.now();
    await rawInsert(seed, rows);
    const rawRate = rows.length / ((performance.now() - t) / 1000);
    line('ingest_rows', rows.length);
    line('solves_ingested_per_s', Math.round(oursRate));
    line('raw_insert_baseline_per_s', Math.round(rawRate));
    line('ingest_vs_raw_ratio', round(oursRate / rawRate, 3));
    line('worker_peak_rss_mb', Math.round(process.resourceUsage().maxRSS / 1024));
    await seed.end();
    await fast.close();
  } finally {
    sim.stop();
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    const keys = await redis.keys(`${prefix}*`);
    if (keys.length > 0) await redis.del(...keys);
    await redis.quit();
    await database.drop();
  }
}

runBench(main);

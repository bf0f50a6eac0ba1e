/*
 * npm run bench:scale — horizontal scale of the worker: 1, 2 and 4 worker processes against one
 * Redis and one PostgreSQL drain the same backlog: BENCH_ONBOARD onboarding jobs, BENCH_TEAMS team
 * jobs (5 members each) and a sync cycle of BENCH_COMPETITORS competitors, against a simulator that
 * answers after BENCH_LATENCY_MS and enforces BENCH_VENDOR_RPS (the client is set 5 % under it,
 * shared by every process through Redis). Prints `name: value` figures per worker count (w1_…).
 * A last round (limited_w4_…) drains it with 4 processes against a vendor limit of
 * BENCH_LIMITED_RPS, below what they ask for: the shared limit has to hold for all of them together.
 * BENCH_WORKERS (default 1,2,4) picks the rounds; BENCH_DEBUG=1 also prints vendor counters and sync runs.
 */
import 'reflect-metadata';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { ChildProcess } from 'node:child_process';
import { randomBytes, randomUUID } from 'node:crypto';
import { cpus, totalmem } from 'node:os';
import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import { QueueEvents } from 'bullmq';
import { redisOptionsFromUrl } from '@app/common';
import { JobName, JobQueueService, QueueName } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { CountersSnapshot, SimulatorControl } from '../apps/game-platform-sim/src';
import { createApiApp } from '../apps/api/src/bootstrap';
import { mintToken } from '../apps/api/src/auth/mint-token';
import { createDatabase, deleteRedisPrefix, line, round, runBench, startSimulatorProcess } from './support';
import { startWorkerProcess } from '../test/support/worker-process';

const N = Number(process.env.BENCH_COMPETITORS ?? 5_000);
const ONBOARD = Number(process.env.BENCH_ONBOARD ?? 600);
const TEAMS = Number(process.env.BENCH_TEAMS ?? 100);
const TEAM_SIZE = 5;
const LATENCY_MS = Number(process.env.BENCH_LATENCY_MS ?? 200);
const VENDOR_RPS = Number(process.env.BENCH_VENDOR_RPS ?? 500);
const LIMITED_RPS = Number(process.env.BENCH_LIMITED_RPS ?? 150);
const WORKER_COUNTS = (process.env.BENCH_WORKERS ?? '1,2,4').split(',').filter(Boolean).map(Number);
const BATCH = 1_000;
const NEVER = '0 0 1 1 *';
const JWT_SECRET = 'bench-secret-bench-secret-bench-secret';
const SEED = 2024;

const totalCalls = (c: CountersSnapshot, status?: string) =>
  Object.values(c.byRoute).reduce(
    (sum, byStatus) => sum + Object.entries(byStatus).reduce((s, [k, n]) => s + (status === undefined || k === status ? n : 0), 0),
    0,
  );
const routeCalls = (c: CountersSnapshot, route: string, status?: string) =>
  Object.entries(c.byRoute[route] ?? {}).reduce((sum, [k, n]) => sum + (status === undefined || k === status ? n : 0), 0);

/**
 * Counts how often each job becomes active, in any process: a job run twice is a duplicate
 * execution (a stalled job, whose lock expired, is run again: those are counted too).
 */
async function watchExecutions(queues: QueueName[], prefix: string) {
  const executions = new Map<string, number>();
  const seen = { stalled: 0 };
  const listeners = queues.map((name) => {
    const events = new QueueEvents(name, { connection: redisOptionsFromUrl(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379'), prefix });
    events.on('active', ({ jobId }) => executions.set(`${name}:${jobId}`, (executions.get(`${name}:${jobId}`) ?? 0) + 1));
    events.on('stalled', () => (seen.stalled += 1));
    return events;
  });
  await Promise.all(listeners.map((events) => events.waitUntilReady()));
  return {
    seen,
    duplicates: () => [...executions.values()].reduce((sum, n) => sum + n - 1, 0),
    close: () => Promise.all(listeners.map((events) => events.close())),
  };
}

async function stopWorker(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.send({ stop: true });
  await exited;
}

/** The backlog, created through the API while the queues are paused: onboarding requests, teams with members, one sync. */
async function createBacklog(api: NestFastifyApplication, coachToken: string, memberIds: string[]): Promise<void> {
  const call = async (method: 'POST', url: string, payload?: object) => {
    const response = await api.inject({ method, url, payload, headers: { authorization: `Bearer ${coachToken}` } });
    if (response.statusCode >= 300) throw new Error(`${url}: ${response.statusCode} ${response.body}`);
    return response.json<{ id: string }>();
  };
  for (let i = 0; i < ONBOARD; i += 1) {
    const { id } = await call('POST', '/competitors', {
      firstName: 'New',
      lastName: `Student${i}`,
      email: `new.${i}@students.example.test`,
      division: 'college',
      schoolId: 's',
      regionId: 'r',
    });
    await call('POST', `/competitors/${id}/compliance`);
    await call('POST', `/competitors/${id}/game-platform`);
  }
  for (let t = 0; t < TEAMS; t += 1) {
    const team = await call('POST', '/teams', { name: `Bench Team ${t}`, division: 'college', affiliation: 'Bench University' });
    for (const competitorId of memberIds.slice(t * TEAM_SIZE, (t + 1) * TEAM_SIZE)) await call('POST', `/teams/${team.id}/members`, { competitorId });
  }
  await api.get(JobQueueService).enqueue(JobName.GamePlatformSync, { requestedBy: 'bench' });
}

async function drain(label: string, workers: number, vendorRps: number, sim: { url: string; token: string }, control: SimulatorControl) {
  const database = await createDatabase();
  const prefix = `gps-bench-scale-${randomBytes(3).toString('hex')}`;
  Object.assign(process.env, {
    LOG_LEVEL: 'silent',
    NODE_ENV: 'test',
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: prefix,
    JWT_SECRET,
    GAME_PLATFORM_API_BASE_URL: sim.url,
    GAME_PLATFORM_API_TOKEN: sim.token,
    GAME_PLATFORM_INTEGRATION_ENABLED: 'true',
    GAME_PLATFORM_RATE_LIMIT_RPS: String(vendorRps * 0.95),
    GAME_PLATFORM_RATE_LIMIT_BURST: '1',
    GAME_PLATFORM_SYNC_BATCH_SIZE: String(BATCH),
    GAME_PLATFORM_SYNC_CONCURRENCY: '32',
    GAME_PLATFORM_SYNC_CRON: NEVER,
    GAME_PLATFORM_TOTALS_SWEEP_CRON: NEVER,
    MAINTENANCE_CLEANUP_CRON: NEVER,
    TEAM_SYNC_DEBOUNCE_MS: '0',
    VENDOR_ACTION_RATE_LIMIT: '1000000',
    WORKER_CONCURRENCY: '5',
  });
  await control.reset({ users: N, seed: SEED });
  await control.setFaults({ latencyMs: LATENCY_MS, rateLimit: { requestsPerSecond: vendorRps, retryAfterSeconds: 1 } });
  const api = await createApiApp();
  await api.init();
  const prisma = api.get(PrismaService);
  const queues = api.get(JobQueueService);
  const children: ChildProcess[] = [];
  try {
    const coach = await prisma.coach.create({ data: { id: randomUUID(), email: 'bench-coach@example.test', firstName: 'Bench', lastName: 'Coach' } });
    await prisma.$executeRaw`
      INSERT INTO competitors (coach_id, first_name, last_name, division, status, game_platform_id, updated_at)
      SELECT ${coach.id}::uuid, 'First' || i, 'Last' || i, 'college', 'complete', ('5eed0000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, now()
      FROM generate_series(0, ${N} - 1) AS i`;
    const memberIds = (await prisma.competitor.findMany({ select: { id: true }, orderBy: { lastName: 'asc' }, take: TEAMS * TEAM_SIZE })).map((c) => c.id);
    const work = [QueueName.Competitors, QueueName.Teams, QueueName.Sync].map((name) => queues.queue(name));
    for (const queue of work) await queue.pause();
    await createBacklog(api, await mintToken(JWT_SECRET, { sub: coach.id, role: 'coach' }), memberIds);
    children.push(...(await Promise.all(Array.from({ length: workers }, () => startWorkerProcess()))));
    await control.resetCounters();
    const executions = await watchExecutions([QueueName.Competitors, QueueName.Teams, QueueName.Sync], prefix);

    const started = performance.now();
    const done: Record<string, number> = {};
    let peak = 0;
    let previous = { at: started, calls: 0 };
    for (const queue of work) await queue.resume();
    while (Object.keys(done).length < 3) {
      await sleep(500);
      const now = performance.now();
      const calls = totalCalls(await control.counters());
      if (now - previous.at >= 1000) {
        peak = Math.max(peak, (calls - previous.calls) / ((now - previous.at) / 1000));
        previous = { at: now, calls };
      }
      const [onboarded, assigned, sync] = await Promise.all([
        prisma.competitor.count({ where: { gamePlatformSyncedAt: { not: null }, lastName: { startsWith: 'Student' } } }),
        prisma.teamMembership.count({ where: { remoteState: 'synced' } }),
        prisma.gamePlatformSyncRun.aggregate({ _sum: { competitorsProcessed: true }, where: { status: { not: 'running' }, dryRun: false } }),
      ]);
      const seconds = (now - started) / 1000;
      if (onboarded >= ONBOARD) done.onboarding ??= seconds;
      if (assigned >= TEAMS * TEAM_SIZE) done.teams ??= seconds;
      const synced = sync._sum.competitorsProcessed ?? 0;
      if (synced >= N) done.sync ??= seconds;
      else if (Object.values(await queues.queue(QueueName.Sync).getJobCounts('waiting', 'active', 'prioritized')).every((n) => n === 0)) {
        // The next batch of the cycle ('delayed' holds the idle recurring schedules, so it is not counted).
        await queues.enqueue(JobName.GamePlatformSync, { requestedBy: 'bench' });
      }
    }
    const wall = Math.max(...Object.values(done));
    const counters = await control.counters();
    const runs = await prisma.gamePlatformSyncRun.aggregate({ _sum: { competitorsProcessed: true }, _count: true, where: { dryRun: false } });
    await executions.close();
    if (process.env.BENCH_DEBUG) {
      console.error(JSON.stringify(counters.byRoute));
      console.error(
        JSON.stringify(
          await prisma.gamePlatformSyncRun.findMany({
            select: { startedAt: true, durationMs: true, competitorsProcessed: true, apiCallCount: true, status: true },
          }),
        ),
      );
    }
    // Side effects counted by the vendor: one create per onboarding (plus the coach's account), one roster assignment per member, one sync read per competitor
    // (onboarded ones included once they are on the platform).
    const extraEffects =
      Math.max(0, routeCalls(counters, 'POST /users', '201') - ONBOARD - 1) +
      Math.max(0, routeCalls(counters, 'POST /users/assign_team') - TEAMS * TEAM_SIZE) +
      Math.max(0, (runs._sum.competitorsProcessed ?? 0) - (await prisma.gamePlatformSyncState.count()));
    const jobs = ONBOARD + TEAMS + runs._count;
    const w = label;
    line(`${w}_wall_s`, round(wall));
    line(`${w}_onboarding_done_s`, round(done.onboarding));
    line(`${w}_teams_done_s`, round(done.teams));
    line(`${w}_sync_cycle_done_s`, round(done.sync));
    line(`${w}_jobs_per_s`, round(jobs / wall));
    line(`${w}_onboarding_jobs_per_s`, round(ONBOARD / done.onboarding));
    line(`${w}_team_jobs_per_s`, round(TEAMS / done.teams));
    line(`${w}_sync_competitors_per_s`, round(N / done.sync));
    line(`${w}_vendor_calls`, totalCalls(counters));
    line(`${w}_vendor_rps_mean`, round(totalCalls(counters) / wall));
    line(`${w}_vendor_rps_peak_1s`, round(peak));
    line(`${w}_vendor_mean_over_limit`, round(totalCalls(counters) / wall / vendorRps, 3));
    line(`${w}_vendor_peak_over_limit`, round(peak / vendorRps, 3));
    line(`${w}_vendor_429`, totalCalls(counters, '429'));
    line(`${w}_duplicate_executions`, executions.duplicates());
    line(`${w}_stalled_jobs_rerun`, executions.seen.stalled);
    line(`${w}_duplicate_vendor_effects`, extraEffects);
    return { workers, jobsPerSecond: jobs / wall };
  } finally {
    await Promise.all(children.map(stopWorker));
    await api.close();
    await deleteRedisPrefix(prefix);
    await database.drop();
  }
}

async function main() {
  line('machine', `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${round(totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}`);
  line('backlog', `${ONBOARD} onboarding jobs, ${TEAMS} team jobs of ${TEAM_SIZE} members, sync cycle of ${N} competitors`);
  line('vendor', `${LATENCY_MS} ms latency, limit ${VENDOR_RPS} req/s (limited round: ${LIMITED_RPS}); clients 5 % under`);
  const sim = await startSimulatorProcess(N);
  const control = new SimulatorControl(sim.controlUrl);
  try {
    const results = [];
    for (const workers of WORKER_COUNTS) results.push(await drain(`w${workers}`, workers, VENDOR_RPS, sim, control));
    for (const { workers, jobsPerSecond } of results.slice(1))
      line(`speedup_w${workers}_vs_w${results[0].workers}`, round(jobsPerSecond / results[0].jobsPerSecond));
    if (LIMITED_RPS > 0) await drain('limited_w4', 4, LIMITED_RPS, sim, control);
  } finally {
    sim.stop();
  }
}

runBench(main);

/*
 * npm run bench:sync — the score sync against the simulator, on a database of its own.
 * BENCH_COMPETITORS (default 10000), BENCH_RATE (req/s of the rate-limited cycle, default 200),
 * BENCH_BATCH_SIZE (competitors per run, default 500), BENCH_CONCURRENCY (default 32),
 * BENCH_REPETITIONS (default 3). The simulator and the worker each run in a process of their own;
 * this process seeds, drives them and measures the baselines. The worker runs the compiled build, as
 * in production (`npm run build` first; BENCH_SKIP_BUILD=1 reuses dist/ as it is), and with
 * BENCH_CPU_PROF=dir writes a CPU profile there. Every figure is the median of the repetitions
 * (the single values follow in `*_runs` lines); one `name: value` line per figure.
 */
import { execFile, fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { promisify } from 'node:util';
import { Client } from 'pg';
import { SimulatorControl } from '../apps/game-platform-sim/src';
import { createDatabase, deleteRedisPrefix, line, round, runBench, startSimulatorProcess } from './support';
import type { CycleResult, IngestResult, WorkerAnswer, WorkerCommand } from './worker-child';

const N = Number(process.env.BENCH_COMPETITORS ?? 10_000);
const RATE = Number(process.env.BENCH_RATE ?? 200);
const BATCH = Number(process.env.BENCH_BATCH_SIZE ?? 500);
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 32);
const REPETITIONS = Number(process.env.BENCH_REPETITIONS ?? 3);
/** Share of the vendor's limit the client is set to, as a deployment would be: arrival jitter at exactly the limit earns 429s. */
const CLIENT_SHARE_OF_RATE = 0.97;
const LATENCY_MS = 30;
/** 429s in the first seconds (the limiter and the vendor's window finding each other) are not counted. */
const WARM_UP_MS = 3_000;
const INGEST_CHUNK = 1_000;
const NEVER = '0 0 1 1 *';
/** GAME_PLATFORM_FLASH_FULL_SYNC_DAYS default. */
const FULL_SYNC_DAYS = 7;
const ROOT = join(__dirname, '..');
/** Everything a sync writes: cleared before each repetition so each full cycle is a first sync. */
const SYNC_TABLES = [
  'game_platform_challenge_solves',
  'game_platform_flash_ctf_events',
  'game_platform_stats',
  'game_platform_sync_state',
  'game_platform_sync_runs',
  'game_platform_flash_sync_windows',
  'competitor_daily_activity',
  'competitor_active_days',
];

/** The node flags of `npm run start:worker`, so the measured worker runs as the deployed one does. */
const WORKER_NODE_FLAGS = (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['start:worker']
  .split(' ')
  .filter((word) => word.startsWith('--'));

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const load = () =>
  loadavg()
    .map((value) => value.toFixed(2))
    .join(' ');

/** A worker process (bench/worker-child.ts) with `env`; each command resolves with its answer. */
class WorkerProcess {
  peakRssMb = 0;
  startedRssMb = 0;
  private constructor(private readonly child: ChildProcess) {}

  /** `nodeFlags`: those of the production worker (WORKER_NODE_FLAGS), or none for a process that only measures. */
  static async start(env: Record<string, string>, nodeFlags: string[]): Promise<WorkerProcess> {
    const profile = process.env.BENCH_CPU_PROF ? ['--cpu-prof', '--cpu-prof-dir', process.env.BENCH_CPU_PROF] : [];
    const execArgv = [...nodeFlags, ...profile, ...(process.env.BENCH_DEBUG ? ['--expose-gc'] : [])];
    const child = fork(join(ROOT, 'dist', 'bench', 'worker-child.js'), [], { execArgv, env: { ...process.env, ...env } });
    const worker = new WorkerProcess(child);
    worker.startedRssMb = (await worker.answer()).peakRssMb;
    return worker;
  }

  async send<T extends CycleResult | IngestResult>(command: WorkerCommand): Promise<T> {
    this.child.send(command);
    return (await this.answer()).result as T;
  }

  /** Stops the worker app; resolves with its peak RSS over its whole life. */
  async stop(): Promise<number> {
    await this.send({ kind: 'stop' });
    return this.peakRssMb;
  }

  private answer(): Promise<WorkerAnswer> {
    return new Promise((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`the bench worker exited (code ${code})`));
      this.child.once('exit', onExit);
      this.child.once('message', (answer: WorkerAnswer) => {
        this.child.off('exit', onExit);
        this.peakRssMb = Math.max(this.peakRssMb, answer.peakRssMb);
        if (answer.error) reject(new Error(`bench worker: ${answer.error}`));
        else resolve(answer);
      });
    });
  }
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

interface Repetition {
  cycle: CycleResult;
  ratio: number;
  late429: number;
  startedRssMb: number;
  cycleRssMb: number;
  steady: CycleResult;
  unthrottledPerS: number;
  barePerS: number;
  ingest: IngestResult;
  steadyRssMb: number;
}

async function main() {
  line('machine', `${cpus().length} cores (${cpus()[0]?.model.trim()}), ${round(totalmem() / 2 ** 30, 1)} GiB RAM, Node ${process.version}`);
  line('load_average_at_start', load());
  line('competitors', N);
  line('repetitions', REPETITIONS);
  if (!process.env.BENCH_SKIP_BUILD) await promisify(execFile)('npm', ['run', '-s', 'build'], { cwd: ROOT });
  const database = await createDatabase();
  const sim = await startSimulatorProcess(N);
  const control = new SimulatorControl(sim.controlUrl);
  const prefix = `gps-bench-${randomBytes(3).toString('hex')}`;
  const baseEnv = {
    LOG_LEVEL: 'silent',
    DATABASE_URL: database.url,
    REDIS_KEY_PREFIX: prefix,
    GAME_PLATFORM_API_BASE_URL: sim.url,
    GAME_PLATFORM_API_TOKEN: sim.token,
    GAME_PLATFORM_SYNC_BATCH_SIZE: String(BATCH),
    GAME_PLATFORM_SYNC_CONCURRENCY: String(CONCURRENCY),
    GAME_PLATFORM_SYNC_CRON: NEVER,
    GAME_PLATFORM_TOTALS_SWEEP_CRON: NEVER,
    MAINTENANCE_CLEANUP_CRON: NEVER,
  };
  const db = new Client({ connectionString: database.url });
  await db.connect();
  db.on('error', () => undefined);
  try {
    const coach = await db.query<{ id: string }>(
      `INSERT INTO coaches (email, first_name, last_name, updated_at) VALUES ('bench@example.test', 'Bench', 'Coach', now()) RETURNING id`,
    );
    await db.query(
      `INSERT INTO competitors (coach_id, first_name, last_name, status, game_platform_id, updated_at)
       SELECT $1, 'First' || i, 'Last' || i, 'complete', ('5eed0000-0000-4000-8000-' || lpad(to_hex(i), 12, '0'))::uuid, now()
       FROM generate_series(0, $2 - 1) AS i`,
      [coach.rows[0].id, N],
    );
    const repetitions: Repetition[] = [];
    for (let r = 0; r < REPETITIONS; r++) {
      await db.query(`TRUNCATE ${SYNC_TABLES.join(', ')}`);

      // 1. A full cycle (first sync: every solve ingested) against a vendor limited to RATE req/s, 30 ms latency.
      await control.setFaults({ latencyMs: LATENCY_MS, rateLimit: { requestsPerSecond: RATE, retryAfterSeconds: 1 } });
      await control.resetCounters();
      const limited = await WorkerProcess.start(
        {
          ...baseEnv,
          GAME_PLATFORM_RATE_LIMIT_RPS: String(RATE * CLIENT_SHARE_OF_RATE),
          GAME_PLATFORM_RATE_LIMIT_BURST: '1',
          GAME_PLATFORM_RATE_LIMIT_KEY: `bench-limited-${r}`,
        },
        WORKER_NODE_FLAGS,
      );
      const warmUp = setTimeout(() => void control.resetCounters(), WARM_UP_MS);
      const cycle = await limited.send<CycleResult>({ kind: 'cycle', tag: `limited-${r}`, batchSize: BATCH });
      clearTimeout(warmUp);
      const late429 = Object.values((await control.counters()).byRoute).reduce((sum, byStatus) => sum + (byStatus['429'] ?? 0), 0);
      const { startedRssMb } = limited;
      const cycleRssMb = await limited.stop();

      // 2. A steady cycle, unthrottled: 10% of competitors have new solves.
      await control.clearFaults();
      await control.activity({ userFraction: 0.1, solvesPerUser: 2 });
      await db.query(`UPDATE game_platform_sync_state SET last_attempt_at = last_attempt_at - interval '1 day'`);
      await db.query(`UPDATE game_platform_sync_runs SET started_at = started_at - interval '1 day'`);
      // Flash CTF state ages by one schedule period (30 min): the safety net's reads due in that time are in the cycle.
      await db.query(`UPDATE game_platform_sync_state SET last_flash_ctf_synced_at = last_flash_ctf_synced_at - interval '30 minutes'`);
      await db.query(
        `UPDATE game_platform_flash_sync_windows SET opened_at = opened_at - interval '30 minutes', expires_at = expires_at - interval '30 minutes'`,
      );
      const unthrottledEnv = {
        ...baseEnv,
        GAME_PLATFORM_RATE_LIMIT_RPS: '100000',
        GAME_PLATFORM_RATE_LIMIT_BURST: '100000',
        GAME_PLATFORM_RATE_LIMIT_KEY: `bench-unthrottled-${r}`,
      };
      const fast = await WorkerProcess.start(unthrottledEnv, WORKER_NODE_FLAGS);
      const steady = await fast.send<CycleResult>({ kind: 'cycle', tag: `steady-${r}`, batchSize: BATCH });
      const steadyRssMb = await fast.stop();
      const targets = await db.query<{ id: string; after: number | null }>(
        `SELECT syned_user_id::text AS id, (floor(extract(epoch FROM last_odl_synced_at)) - 600)::float8 AS after FROM game_platform_sync_state`,
      );
      const barePerS = targets.rows.length / (await bareLoop(sim.url, sim.token, targets.rows));

      // 3. Ingestion: the sync's write path against a raw INSERT, in a process of its own that holds every
      // stored solve (a benchmark's data, not the worker's).
      const ingester = await WorkerProcess.start(unthrottledEnv, []);
      const ingest = await ingester.send<IngestResult>({ kind: 'ingest', chunk: INGEST_CHUNK });
      await ingester.stop();

      const ratio = cycle.wallS / (cycle.calls / RATE);
      const unthrottledPerS = steady.competitors / steady.wallS;
      repetitions.push({ cycle, ratio, late429, startedRssMb, cycleRssMb, steady, unthrottledPerS, barePerS, ingest, steadyRssMb });
      console.error(
        `repetition ${r + 1}/${REPETITIONS}: ratio ${round(ratio, 3)}, ${late429} × 429, unthrottled/bare ${round(unthrottledPerS / barePerS, 3)}, load ${load()}`,
      );
    }

    /** Prints the median of a figure over the repetitions, then each repetition's value. */
    const figure = (name: string, of: (r: Repetition) => number, digits = 2) => {
      const values = repetitions.map((r) => round(of(r), digits));
      line(name, median(values));
      if (values.length > 1) line(`${name}_runs`, values.join(' '));
    };
    line('client_rate_limit_rps', RATE * CLIENT_SHARE_OF_RATE);
    figure('full_cycle_runs', (r) => r.cycle.runs);
    figure('full_cycle_vendor_calls', (r) => r.cycle.calls);
    figure('full_cycle_solves_ingested', (r) => r.cycle.solves);
    figure('full_cycle_wall_s', (r) => r.cycle.wallS);
    figure('full_cycle_bound_calls_over_rate_s', (r) => r.cycle.calls / RATE);
    figure('full_cycle_ratio', (r) => r.ratio, 3);
    figure('full_cycle_429_after_warm_up', (r) => r.late429);
    figure('full_cycle_missed_rate_limit_slots', (r) => r.cycle.missedSlots);
    figure('full_cycle_idle_before_first_request_of_runs_s', (r) => r.cycle.idle.runStartS);
    figure('full_cycle_idle_after_last_request_of_runs_s', (r) => r.cycle.idle.runEndS);
    figure('full_cycle_idle_between_requests_of_a_run_s', (r) => r.cycle.idle.inRunS);
    figure('steady_cycle_due_competitors', (r) => r.steady.competitors);
    figure('steady_cycle_vendor_calls', (r) => r.steady.calls);
    figure('steady_cycle_wall_s', (r) => r.steady.wallS);
    figure('steady_cycle_idle_before_first_request_of_runs_s', (r) => r.steady.idle.runStartS);
    figure('steady_cycle_idle_after_last_request_of_runs_s', (r) => r.steady.idle.runEndS);
    figure('steady_vendor_calls_per_due_competitor', (r) => (r.steady.calls - r.steady.sentinelCalls) / r.steady.competitors, 3);
    figure('steady_flash_sentinel_calls_per_run', (r) => r.steady.sentinelCalls / r.steady.runs);
    figure('steady_flash_reads_in_batches', (r) => r.steady.flashReads);
    figure('steady_flash_safety_net_reads', (r) => r.steady.safetyNetReads);
    figure('steady_flash_calls_per_cycle', (r) => r.steady.sentinelCalls + r.steady.flashReads);
    line('flash_safety_net_reads_per_day_expected', round(N / FULL_SYNC_DAYS, 1));
    figure('unthrottled_competitors_per_s', (r) => r.unthrottledPerS, 1);
    figure('bare_loop_competitors_per_s', (r) => r.barePerS, 1);
    figure('unthrottled_vs_bare_ratio', (r) => r.unthrottledPerS / r.barePerS, 3);
    figure('ingest_rows', (r) => r.ingest.rows);
    figure('solves_ingested_per_s', (r) => r.ingest.oursPerS, 0);
    figure('raw_insert_baseline_per_s', (r) => r.ingest.rawPerS, 0);
    figure('ingest_vs_raw_ratio', (r) => r.ingest.oursPerS / r.ingest.rawPerS, 3);
    line('worker_rss_mb_after_start', Math.max(...repetitions.map((r) => r.startedRssMb)));
    line('worker_peak_rss_mb_full_cycle', Math.max(...repetitions.map((r) => r.cycleRssMb)));
    line('worker_peak_rss_mb_steady_cycle', Math.max(...repetitions.map((r) => r.steadyRssMb)));
    line('worker_node_flags', WORKER_NODE_FLAGS.join(' ') || '(none)');
    line('bench_process_peak_rss_mb', Math.round(process.resourceUsage().maxRSS / 1024));
    line('load_average_at_end', load());
  } finally {
    await db.end();
    sim.stop();
    await deleteRedisPrefix(prefix);
    await database.drop();
  }
}

runBench(main);

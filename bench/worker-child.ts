/*
 * The worker of the sync benchmark, in a process of its own: the real worker app (BullMQ processors
 * included) built from the environment it is forked with, driven by the bench over IPC. Every answer
 * carries the process's peak resident set so far, so the bench sees the worker's memory alone.
 */
import 'reflect-metadata';
import { performance } from 'node:perf_hooks';
import { Client } from 'pg';
import { GamePlatformClient, IncrementalSyncService, SolveRow, SyncWriteRepository } from '@app/game-platform';
import { PrismaService } from '@app/persistence';
import { createWorkerApp } from '../apps/worker/src/bootstrap';

export type WorkerCommand = { kind: 'cycle'; tag: string; batchSize: number } | { kind: 'ingest'; chunk: number } | { kind: 'stop' };

export interface CycleResult {
  wallS: number;
  runs: number;
  calls: number;
  competitors: number;
  solves: number;
  /** Flash CTF sentinel reads, batch flash reads, and the safety-net reads among those. */
  sentinelCalls: number;
  flashReads: number;
  safetyNetReads: number;
  /** Rate limiter slots given up because this process woke up too late for them. */
  missedSlots: number;
  /**
   * Where the wall time beyond one request per limiter interval went (s): from a run's start to its first
   * request, from a run's last request to its end, and gaps between the requests of a run longer than the interval.
   */
  idle: { runStartS: number; runEndS: number; inRunS: number };
}

export interface IngestResult {
  rows: number;
  oursPerS: number;
  rawPerS: number;
}

export interface WorkerAnswer {
  result?: CycleResult | IngestResult;
  error?: string;
  peakRssMb: number;
}

/**
 * Runs batches until the rotation cycle in progress is complete: the run that took its last batch
 * (batch number + 1 = total batches), or a short or empty run. Every run made is counted, calls
 * included, so the wall time and the bound calls/R always cover the same runs.
 */
async function fullCycle(sync: IncrementalSyncService, client: GamePlatformClient, tag: string, batchSize: number): Promise<CycleResult> {
  const idle = { runStartS: 0, runEndS: 0, inRunS: 0 };
  const result = { wallS: 0, runs: 0, calls: 0, competitors: 0, solves: 0, sentinelCalls: 0, flashReads: 0, safetyNetReads: 0, missedSlots: 0, idle };
  const intervalMs = 1000 / Number(process.env.GAME_PLATFORM_RATE_LIMIT_RPS);
  let sentAt: number[] = [];
  const unsubscribe = client.onCall((event) => sentAt.push(performance.now() - event.durationMs));
  const started = performance.now();
  for (;;) {
    const runStarted = performance.now();
    const report = await sync.run({}, `${tag}-${result.runs}`);
    const runEnded = performance.now();
    sentAt.sort((a, b) => a - b);
    if (sentAt.length > 0) {
      idle.runStartS += (sentAt[0] - runStarted) / 1000;
      idle.runEndS += (runEnded - sentAt[sentAt.length - 1]) / 1000;
      for (let i = 1; i < sentAt.length; i++) idle.inRunS += Math.max(0, sentAt[i] - sentAt[i - 1] - intervalMs) / 1000;
    }
    sentAt = [];
    if (process.env.BENCH_DEBUG) console.error(JSON.stringify(report));
    result.runs += 1;
    result.calls += report.apiCalls;
    result.competitors += report.total;
    result.solves += report.newSolves;
    result.sentinelCalls += report.flash.detection?.sentinels.length ?? 0;
    result.flashReads += report.flash.competitorsFlashSynced;
    result.safetyNetReads += report.flash.detection?.plannedReads.safety_net ?? 0;
    if (report.total < batchSize || report.batchNumber + 1 >= report.totalBatches) break;
  }
  result.wallS = (performance.now() - started) / 1000;
  unsubscribe();
  result.missedSlots = client.stats().rateLimiter.missedSlots;
  return result;
}

/** The sync's bulk write path against a raw multi-row INSERT … ON CONFLICT DO NOTHING of the same rows over plain pg. */
async function ingest(prisma: PrismaService, writes: SyncWriteRepository, chunk: number): Promise<IngestResult> {
  const stored = await prisma.gamePlatformChallengeSolve.findMany({ select: { synedUserId: true, metactfUserId: true, rawPayload: true } });
  const rows: SolveRow[] = stored.map((s) => {
    const raw = s.rawPayload as Record<string, unknown>;
    return { synedUserId: s.synedUserId, metactfUserId: s.metactfUserId, solve: { ...raw, raw } as SolveRow['solve'] };
  });
  const rate = async (insert: (rows: SolveRow[]) => Promise<unknown>) => {
    // Ours also keeps competitor_daily_activity (same statement) and, by its triggers, competitor_active_days and the
    // per-scope rollups: start all from empty.
    await prisma.$executeRaw`TRUNCATE game_platform_challenge_solves, competitor_daily_activity, competitor_active_days, scope_daily_activity, team_daily_activity`;
    const started = performance.now();
    for (let i = 0; i < rows.length; i += chunk) await insert(rows.slice(i, i + chunk));
    return rows.length / ((performance.now() - started) / 1000);
  };
  const oursPerS = await rate((part) => writes.insertSolves(part));
  const client = new Client({ connectionString: process.env.DATABASE_URL });
  await client.connect();
  const rawPerS = await rate((part) => rawInsert(client, part));
  await client.end();
  return { rows: rows.length, oursPerS, rawPerS };
}

function rawInsert(client: Client, rows: SolveRow[]): Promise<unknown> {
  const values: unknown[] = [];
  const tuples = rows.map((r, j) => {
    const s = r.solve;
    values.push(
      r.synedUserId,
      r.metactfUserId,
      s.challenge_solve_id,
      s.challenge_id,
      s.challenge_title,
      s.challenge_category,
      s.challenge_points,
      s.timestamp_unix,
      JSON.stringify(s.raw),
    );
    const p = j * 9;
    return `($${p + 1}, $${p + 2}, $${p + 3}, $${p + 4}, $${p + 5}, $${p + 6}, $${p + 7}, to_timestamp($${p + 8}), $${p + 9})`;
  });
  return client.query(
    `INSERT INTO game_platform_challenge_solves (syned_user_id, metactf_user_id, challenge_solve_id, challenge_id, challenge_title, challenge_category, challenge_points, solved_at, raw_payload)
     VALUES ${tuples.join(', ')} ON CONFLICT (syned_user_id, challenge_solve_id) DO NOTHING`,
    values,
  );
}

const mapMb = (usage: NodeJS.MemoryUsage) => Object.fromEntries(Object.entries(usage).map(([key, bytes]) => [key, Math.round(bytes / 2 ** 20)]));
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

void (async () => {
  const app = await createWorkerApp();
  await app.init();
  const reply = (answer: Omit<WorkerAnswer, 'peakRssMb'>) => {
    if (process.env.BENCH_DEBUG) console.error(JSON.stringify({ memoryMb: mapMb(process.memoryUsage()) }));
    (globalThis as { gc?: () => void }).gc?.();
    if (process.env.BENCH_DEBUG) console.error(JSON.stringify({ afterGcMb: mapMb(process.memoryUsage()) }));
    process.send!({ ...answer, peakRssMb: peakRssMb() });
  };
  process.on('message', (command: WorkerCommand) => {
    const work =
      command.kind === 'cycle'
        ? fullCycle(app.get(IncrementalSyncService), app.get(GamePlatformClient), command.tag, command.batchSize)
        : command.kind === 'ingest'
          ? ingest(app.get(PrismaService), app.get(SyncWriteRepository), command.chunk)
          : app.close().then(() => undefined);
    work.then(
      (result) => {
        reply({ result });
        if (command.kind === 'stop') process.disconnect();
      },
      (error: unknown) => reply({ error: error instanceof Error ? (error.stack ?? error.message) : String(error) }),
    );
  });
  reply({});
})();

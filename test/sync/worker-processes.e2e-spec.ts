import { ChildProcess } from 'node:child_process';
import { IncrementalSyncService } from '@app/game-platform';
import { JobName, JobQueueService } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TestStack, testStack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { addCompetitors, storedSolveIds } from './sync-fixtures';
import { startWorkerProcess } from '../support/worker-process';

describe('sync across worker processes (single-flight, crash recovery)', () => {
  let h: TestStack<'simulator' | 'api'>;
  let prisma: PrismaService;
  let coachId: string;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    h = await testStack('sync-processes', {
      simulator: { users: 150, seed: 31 },
      api: true,
      env: { GAME_PLATFORM_SYNC_BATCH_SIZE: '10', GAME_PLATFORM_SYNC_CONCURRENCY: '2' },
    });
    prisma = h.prisma;
    coachId = (await prisma.coach.create({ data: { email: 'coach-processes@example.test', firstName: 'Pat', lastName: 'Coach' } })).id;
  });

  afterAll(async () => {
    for (const child of children) if (child.exitCode === null) child.kill('SIGKILL');
    await h?.close();
  }, 30_000);

  it('two worker processes never run two sync batches at once', async () => {
    const competitors = await addCompetitors(
      prisma,
      coachId,
      Array.from({ length: 30 }, (_, i) => i),
    );
    await h.sim.control.setFaults({ latencyMs: 40 });
    // One job at a time per process: two jobs active at once means two processes competing.
    process.env.WORKER_CONCURRENCY = '1';
    const workers = await Promise.all([startWorkerProcess(), startWorkerProcess()]);
    children.push(...workers);
    // Scheduler-like jobs (no de-duplication), all at once: both processes pick some up.
    const queue = h.jobs.queue(JOB_QUEUE);
    const jobs = await Promise.all([1, 2, 3, 4].map((i) => queue.add(JobName.GamePlatformSync, { requestedBy: 'system' }, { jobId: `overlap-${i}` })));
    await waitFor(async () => (await Promise.all(jobs.map((job) => job.isCompleted()))).every(Boolean), {
      description: 'the four sync jobs to complete',
      timeoutMs: 60_000,
    });

    const runs = await prisma.gamePlatformSyncRun.findMany({ where: { kind: 'incremental' }, orderBy: { startedAt: 'asc' } });
    expect(runs).toHaveLength(4);
    for (let i = 1; i < runs.length; i++) expect(runs[i].startedAt.getTime()).toBeGreaterThanOrEqual(runs[i - 1].finishedAt!.getTime());
    expect(runs.map((r) => [r.status, r.batchNumber, r.competitorsProcessed])).toEqual([
      ['succeeded', 0, 10],
      ['succeeded', 1, 10],
      ['succeeded', 2, 10],
      ['succeeded', 0, 0],
    ]);
    const states = await prisma.gamePlatformSyncState.findMany({ where: { lastResult: 'success' } });
    expect(states).toHaveLength(competitors.length);
    const finished = await Promise.all(jobs.map(async (job) => (await queue.getJob(job.id!))!));
    const [first, second] = [...finished].sort((a, b) => a.processedOn! - b.processedOn!);
    expect(second.processedOn!).toBeLessThan(first.finishedOn!);
    for (const worker of workers) worker.kill('SIGTERM');
  }, 90_000);

  it('a worker killed with SIGKILL mid-batch leaves state the next run completes, with no loss or duplicate', async () => {
    await prisma.competitor.deleteMany();
    await prisma.gamePlatformSyncRun.deleteMany();
    // Writes are committed 100 competitors at a time: a batch of 150 is killed between its two chunks.
    process.env.GAME_PLATFORM_SYNC_BATCH_SIZE = '150';
    const competitors = await addCompetitors(
      prisma,
      coachId,
      Array.from({ length: 150 }, (_, i) => i),
    );
    await h.sim.control.setFaults({ latencyMs: 100 });
    await h.sim.control.resetCounters();
    const victim = await startWorkerProcess();
    children.push(victim);
    victim.send({ run: 'doomed-run' });
    // The first chunk of the batch is committed; the rest is still in flight.
    await waitFor(() => prisma.gamePlatformSyncState.count({ where: { lastResult: 'success' } }), {
      until: (done) => done > 0,
      description: 'the first chunk of the batch to be committed',
    });
    victim.kill('SIGKILL');
    await new Promise((resolve) => victim.once('exit', resolve));
    const doneBeforeKill = await prisma.gamePlatformSyncState.count({ where: { lastResult: 'success' } });
    expect(doneBeforeKill).toBeLessThan(150);

    await h.sim.control.clearFaults();
    const worker = await createWorkerApp();
    await worker.init();
    try {
      const report = await worker.get(IncrementalSyncService).run({}, 'after-crash');
      expect(report).toMatchObject({ status: 'succeeded', batchNumber: 1, total: 150 - doneBeforeKill, errors: 0 });
      const killed = await prisma.gamePlatformSyncRun.findUniqueOrThrow({ where: { jobId: 'doomed-run' } });
      expect(killed.status).toBe('failed');
      expect(report.cycleId).toBe(killed.cycleId);
      for (const c of competitors) {
        const vendor = (await h.sim.control.solves(c.synedUserId)).map((s) => s.challenge_solve_id).sort((a, b) => a - b);
        expect(await storedSolveIds(prisma, c.synedUserId)).toEqual(vendor);
      }
      expect(await prisma.gamePlatformSyncState.count({ where: { lastResult: 'success' } })).toBe(150);

      // Honest telemetry: the killed attempt's committed counts stay on its row, so the runs add up.
      const runs = await prisma.gamePlatformSyncRun.findMany({ where: { jobId: { in: ['doomed-run', 'after-crash'] } } });
      const sum = (field: 'newSolves' | 'competitorsProcessed' | 'apiCallCount') => runs.reduce((total, run) => total + run[field], 0);
      expect(sum('newSolves')).toBe(await prisma.gamePlatformChallengeSolve.count());
      expect(sum('competitorsProcessed')).toBe(150);
      const vendorCalls = (await h.sim.control.counters()).total;
      // Requests are on record before they leave: every one the vendor got is counted, and at most the
      // two (GAME_PLATFORM_SYNC_CONCURRENCY) the kill cut before they left.
      expect(sum('apiCallCount')).toBeGreaterThanOrEqual(vendorCalls);
      expect(sum('apiCallCount')).toBeLessThanOrEqual(vendorCalls + 2);
    } finally {
      await worker.close();
    }
  }, 90_000);
});

const JOB_QUEUE = 'sync' as Parameters<JobQueueService['queue']>[0];

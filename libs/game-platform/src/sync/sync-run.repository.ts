import { Injectable } from '@nestjs/common';
import { GamePlatformSyncRun, Prisma, PrismaService, SyncRunKind } from '@app/persistence';
import { RunRequestLog } from './run-request-log';

export interface RunStart {
  kind: SyncRunKind;
  jobId: string;
  dryRun: boolean;
  coachId: string | null;
  batchSize: number;
}

export interface RunTelemetry {
  competitorsTotal: number;
  competitorsProcessed: number;
  competitorsWithNewData: number;
  competitorsSkipped: number;
  errorCount: number;
  apiCallCount: number;
  flashCtfSync: boolean;
  rosterDriftCount: number;
  rosterDrift: Prisma.InputJsonValue | null;
  errorDetails: Prisma.InputJsonValue | null;
  flashDetection: Prisma.InputJsonValue;
}

/** Counts a run adds as it goes: each chunk's in the transaction that stores it, so they match what was written. */
export interface RunProgress {
  competitorsProcessed: number;
  competitorsWithNewData: number;
  competitorsSkipped: number;
  errorCount: number;
  newSolves: number;
}

/**
 * One telemetry row per job: a retried job (same queue job id) resumes its own row, keeping the
 * counts its interrupted attempts committed. Vendor requests are counted in the RunRequestLog as
 * they leave and added to the row when the run ends (or is closed as interrupted).
 */
@Injectable()
export class SyncRunRepository {
  constructor(
    private readonly prisma: PrismaService,
    readonly requests: RunRequestLog,
  ) {}

  /** Call while holding the run's single-flight lock: the row's start time may open a rotation cycle. */
  startOrResume(start: RunStart): Promise<GamePlatformSyncRun> {
    const fields = { kind: start.kind, dryRun: start.dryRun, coachId: start.coachId, batchSize: start.batchSize };
    return this.prisma.gamePlatformSyncRun.upsert({
      where: { jobId: start.jobId },
      create: { ...fields, jobId: start.jobId },
      update: { ...fields, status: 'running', finishedAt: null, durationMs: null },
    });
  }

  /**
   * Rows of this kind still `running` belong to a process that died mid-run: the caller holds the
   * single-flight lock, so no one else can be running one.
   */
  async markInterrupted(kind: SyncRunKind, exceptRunId: string): Promise<number> {
    const stopped = await this.prisma.gamePlatformSyncRun.findMany({ where: { kind, status: 'running', id: { not: exceptRunId } }, select: { id: true } });
    for (const { id } of stopped) {
      await this.prisma.gamePlatformSyncRun.update({
        where: { id },
        data: {
          status: 'failed',
          finishedAt: new Date(),
          apiCallCount: { increment: await this.requests.take(id) },
          errorDetails: { interrupted: 'the process running it stopped before it finished' },
        },
      });
    }
    return stopped.length;
  }

  async addProgress(runId: string, progress: Partial<RunProgress>, db: Prisma.TransactionClient = this.prisma): Promise<void> {
    const increments = Object.fromEntries(Object.entries(progress).map(([field, by]) => [field, { increment: by }]));
    await db.gamePlatformSyncRun.update({ where: { id: runId }, data: increments });
  }

  async setPosition(runId: string, position: { cycleId: string | null; batchNumber: number; totalBatches: number }): Promise<void> {
    await this.prisma.gamePlatformSyncRun.update({ where: { id: runId }, data: position });
  }

  /** Ends the run; `loggedRequests`: add the requests its RunRequestLog counter recorded (instead of passing apiCallCount). */
  async finish(
    runId: string,
    outcome: 'succeeded' | 'failed',
    durationMs: number,
    telemetry: Partial<RunTelemetry>,
    loggedRequests = false,
  ): Promise<GamePlatformSyncRun> {
    const { rosterDrift, errorDetails, ...counts } = telemetry;
    const requests = loggedRequests ? { apiCallCount: { increment: await this.requests.take(runId) } } : {};
    return this.prisma.gamePlatformSyncRun.update({
      where: { id: runId },
      data: {
        ...counts,
        ...requests,
        ...(rosterDrift !== undefined ? { rosterDrift: rosterDrift ?? Prisma.DbNull } : {}),
        ...(errorDetails !== undefined ? { errorDetails: errorDetails ?? Prisma.DbNull } : {}),
        status: outcome,
        durationMs,
        finishedAt: new Date(),
      },
    });
  }
}

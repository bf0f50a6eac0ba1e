import { Injectable } from '@nestjs/common';
import { GamePlatformSyncRun, Prisma, PrismaService, SyncRunKind } from '@app/persistence';

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
}

/** Counts a run adds as it goes: each chunk's in the transaction that stores it, so they match what was written. */
export interface RunProgress {
  competitorsProcessed: number;
  competitorsWithNewData: number;
  competitorsSkipped: number;
  errorCount: number;
  newSolves: number;
  apiCallCount: number;
}

/**
 * One telemetry row per job: a retried job (same queue job id) resumes its own row, keeping the
 * counts its interrupted attempts committed.
 */
@Injectable()
export class SyncRunRepository {
  constructor(private readonly prisma: PrismaService) {}

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
    const { count } = await this.prisma.gamePlatformSyncRun.updateMany({
      where: { kind, status: 'running', id: { not: exceptRunId } },
      data: { status: 'failed', finishedAt: new Date(), errorDetails: { interrupted: 'the process running it stopped before it finished' } },
    });
    return count;
  }

  async addProgress(runId: string, progress: Partial<RunProgress>, db: Prisma.TransactionClient = this.prisma): Promise<void> {
    const increments = Object.fromEntries(Object.entries(progress).map(([field, by]) => [field, { increment: by }]));
    await db.gamePlatformSyncRun.update({ where: { id: runId }, data: increments });
  }

  async setPosition(runId: string, position: { cycleId: string | null; batchNumber: number; totalBatches: number }): Promise<void> {
    await this.prisma.gamePlatformSyncRun.update({ where: { id: runId }, data: position });
  }

  async finish(runId: string, outcome: 'succeeded' | 'failed', durationMs: number, telemetry: Partial<RunTelemetry>): Promise<GamePlatformSyncRun> {
    const { rosterDrift, errorDetails, ...counts } = telemetry;
    return this.prisma.gamePlatformSyncRun.update({
      where: { id: runId },
      data: {
        ...counts,
        ...(rosterDrift !== undefined ? { rosterDrift: rosterDrift ?? Prisma.DbNull } : {}),
        ...(errorDetails !== undefined ? { errorDetails: errorDetails ?? Prisma.DbNull } : {}),
        status: outcome,
        durationMs,
        finishedAt: new Date(),
      },
    });
  }
}

import { Inject, Injectable, OnApplicationBootstrap } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import {
  CompetitorSyncNow,
  CompetitorSyncNowReport,
  IncrementalSyncService,
  SyncRunReport,
  syncConfig,
  TotalsSweepReport,
  TotalsSweepService,
} from '@app/game-platform';
import { JobHandler, JobName, JobPayload, JobRunContext, RecurringSchedules } from '@app/jobs';

/** Thin job handlers of the sync queue; their recurring schedules are declared at start and kept in place by RecurringSchedules. */
@Injectable()
export class SyncHandlers implements OnApplicationBootstrap {
  constructor(
    private readonly schedules: RecurringSchedules,
    private readonly incremental: IncrementalSyncService,
    private readonly totals: TotalsSweepService,
    private readonly competitorNow: CompetitorSyncNow,
    @Inject(syncConfig.KEY) private readonly config: ConfigType<typeof syncConfig>,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.schedules.declare(JobName.GamePlatformSync, this.config.GAME_PLATFORM_SYNC_CRON, { requestedBy: 'system' });
    await this.schedules.declare(JobName.TotalsSweep, this.config.GAME_PLATFORM_TOTALS_SWEEP_CRON, { requestedBy: 'system' });
  }

  @JobHandler(JobName.GamePlatformSync)
  sync(payload: JobPayload<JobName.GamePlatformSync>, context: JobRunContext): Promise<SyncRunReport> {
    return this.incremental.run({ dryRun: payload.dryRun, coachId: payload.coachId }, context.jobId);
  }

  @JobHandler(JobName.SyncCompetitorNow)
  syncCompetitor(payload: JobPayload<JobName.SyncCompetitorNow>, context: JobRunContext): Promise<CompetitorSyncNowReport> {
    return this.competitorNow.sync(payload.competitorId, context.jobId);
  }

  @JobHandler(JobName.TotalsSweep)
  sweep(payload: JobPayload<JobName.TotalsSweep>, context: JobRunContext): Promise<TotalsSweepReport> {
    return this.totals.run({ batchSize: payload.batchSize }, context.jobId);
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { Division, SyncResult, SyncRunKind, SyncRunStatus, SyncTier } from '@app/persistence';

/** A JSON object (or null) whose keys depend on what happened: kept as the worker recorded it. */
const JSON_OBJECT = { type: 'object', additionalProperties: true, nullable: true } as const;

export class SyncRunView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: Object.values(SyncRunKind), enumName: 'SyncRunKind' }) kind!: SyncRunKind;
  @ApiProperty({ enum: Object.values(SyncRunStatus), enumName: 'SyncRunStatus' }) status!: SyncRunStatus;
  @ApiProperty({ type: String, nullable: true, description: 'Queue job id' }) jobId!: string | null;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Set when the run synced one coach' }) coachId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Rotation cycle the batch belongs to' }) cycleId!: string | null;
  @ApiProperty() batchNumber!: number;
  @ApiProperty() batchSize!: number;
  @ApiProperty() totalBatches!: number;
  @ApiProperty() flashCtfSync!: boolean;
  @ApiProperty() competitorsTotal!: number;
  @ApiProperty() competitorsProcessed!: number;
  @ApiProperty() competitorsWithNewData!: number;
  @ApiProperty() competitorsSkipped!: number;
  @ApiProperty() errorCount!: number;
  @ApiProperty() apiCallCount!: number;
  @ApiProperty({ type: Number, nullable: true }) durationMs!: number | null;
  @ApiProperty({ ...JSON_OBJECT, description: 'Failures of the run, when any' }) errorDetails!: unknown;
  @ApiProperty({ description: 'Memberships where the local and platform rosters disagree' }) rosterDriftCount!: number;
  @ApiProperty({ ...JSON_OBJECT, description: 'Per team: local members missing on the platform, platform members unknown here' }) rosterDrift!: unknown;
  @ApiProperty() startedAt!: Date;
  @ApiProperty({ type: Date, nullable: true }) finishedAt!: Date | null;
}

export class TierFreshnessView {
  @ApiProperty({ enum: Object.values(SyncTier), enumName: 'SyncTier' }) tier!: string;
  @ApiProperty({ description: 'A competitor of this tier is due this long after its last attempt' }) intervalSeconds!: number;
  @ApiProperty() competitors!: number;
  @ApiProperty() neverSynced!: number;
  @ApiProperty() dueNow!: number;
  @ApiProperty() failing!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'Median time since the last successful sync' }) p50LagSeconds!: number | null;
  @ApiProperty({ type: Number, nullable: true }) p95LagSeconds!: number | null;
  @ApiProperty({ type: Number, nullable: true }) maxLagSeconds!: number | null;
}

export class RunSuccessRateView {
  @ApiProperty() windowHours!: number;
  @ApiProperty() succeeded!: number;
  @ApiProperty() failed!: number;
  @ApiProperty({ type: Number, nullable: true, description: 'succeeded / (succeeded + failed); null when no run finished in the window' })
  rate!: number | null;
}

export class CompetitorResultView {
  @ApiProperty({ enum: Object.values(SyncResult), nullable: true, description: 'Outcome of the last attempt' })
  result!: SyncResult | null;
  @ApiProperty() count!: number;
  @ApiProperty({ description: 'Share of competitors attempted in the window, one decimal' }) percentage!: number;
}

export class PendingSyncView {
  @ApiProperty() completeWithoutPlatformId!: number;
  @ApiProperty() complianceWaiting!: number;
  @ApiProperty() onboardingFailed!: number;
}

export class SyncErrorView {
  @ApiProperty({ format: 'uuid' }) competitorId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ format: 'uuid' }) synedUserId!: string;
  @ApiProperty({ type: String, nullable: true }) errorMessage!: string | null;
  @ApiProperty({ type: Date, nullable: true }) lastAttemptAt!: Date | null;
}

class CompetitorStatsView {
  @ApiProperty() challengesCompleted!: number;
  @ApiProperty() totalScore!: number;
  @ApiProperty() monthlyCtfChallenges!: number;
  @ApiProperty({ type: Date, nullable: true }) lastAccessedAt!: Date | null;
  @ApiProperty({ description: 'When the totals sweep last refreshed these figures' }) refreshedAt!: Date;
}

class CompetitorSyncStateView {
  @ApiProperty({ type: Date, nullable: true }) lastAttemptAt!: Date | null;
  @ApiProperty({ enum: Object.values(SyncResult), nullable: true }) lastResult!: SyncResult | null;
  @ApiProperty({ type: String, nullable: true }) errorMessage!: string | null;
  @ApiProperty() needsTotalsRefresh!: boolean;
  @ApiProperty({ enum: Object.values(SyncTier), enumName: 'SyncTier' }) activityTier!: SyncTier;
  @ApiProperty({ type: Date, nullable: true }) lastRemoteAccessedAt!: Date | null;
}

class SolveView {
  @ApiProperty() challengeSolveId!: number;
  @ApiProperty() challengeId!: number;
  @ApiProperty({ type: String, nullable: true }) challengeTitle!: string | null;
  @ApiProperty({ type: String, nullable: true }) challengeCategory!: string | null;
  @ApiProperty({ type: Number, nullable: true }) challengePoints!: number | null;
  @ApiProperty() solvedAt!: Date;
}

class FlashCtfResultView {
  @ApiProperty() eventId!: string;
  @ApiProperty() name!: string;
  @ApiProperty() challengesSolved!: number;
  @ApiProperty() score!: number;
  @ApiProperty({ type: Number, nullable: true }) rank!: number | null;
  @ApiProperty({ type: Date, nullable: true }) startedAt!: Date | null;
  @ApiProperty({ type: Date, nullable: true }) endedAt!: Date | null;
}

export class CompetitorScoresView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ enum: Object.values(Division), nullable: true }) division!: Division | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'syned_user_id once on the platform' }) gamePlatformId!: string | null;
  @ApiProperty({ type: CompetitorStatsView, nullable: true, description: 'Null until the first totals sweep' }) stats!: CompetitorStatsView | null;
  @ApiProperty({ type: CompetitorSyncStateView, nullable: true, description: 'Null until the first sync' }) sync!: CompetitorSyncStateView | null;
  @ApiProperty({ type: [SolveView], description: 'The 20 latest solves, newest first' }) recentSolves!: SolveView[];
  @ApiProperty({ type: [FlashCtfResultView], description: 'Flash CTF events with at least one solve, newest first' }) flashCtf!: FlashCtfResultView[];
}

export class LeaderboardEntryView {
  @ApiProperty({ description: '1 for the highest total score' }) rank!: number;
  @ApiProperty({ format: 'uuid' }) competitorId!: string;
  @ApiProperty() totalScore!: number;
  @ApiProperty() challengesCompleted!: number;
  @ApiProperty() monthlyCtfChallenges!: number;
  @ApiProperty() refreshedAt!: Date;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ enum: Object.values(Division), nullable: true }) division!: Division | null;
  @ApiProperty({ format: 'uuid' }) coachId!: string;
}

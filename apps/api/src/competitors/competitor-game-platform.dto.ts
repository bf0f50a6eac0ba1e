import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsUUID } from 'class-validator';
import { BulkScope } from '../http/bulk-scope';

export const ONBOARDING_STATES = ['not_started', 'pending', 'synced', 'error'] as const;
export type OnboardingState = (typeof ONBOARDING_STATES)[number];

export class GamePlatformJobAccepted {
  @ApiProperty({ description: 'Queue job id; the same id comes back while the job is pending' })
  jobId!: string;

  @ApiProperty({ enum: ['pending'] })
  state!: 'pending';
}

export class OnboardingStateView {
  @ApiProperty({ enum: ONBOARDING_STATES })
  state!: OnboardingState;

  @ApiProperty({ description: 'What the state means for the coach, or what to do about it' })
  message!: string;

  @ApiProperty({ type: String, nullable: true, description: 'Last onboarding job id' })
  jobId!: string | null;

  @ApiProperty({ description: 'Attempts made by the last onboarding job' })
  attempts!: number;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  lastAttemptAt!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Remote syned_user_id once synced' })
  gamePlatformId!: string | null;

  @ApiProperty({ type: String, nullable: true, format: 'date-time' })
  syncedAt!: string | null;
}

export class RetryFailedDto {
  @ApiPropertyOptional({ format: 'uuid', description: "Only this coach's competitors (a coach may only name themselves); or say all: true" })
  @IsOptional()
  @IsUUID('all', { message: 'coachId must be a coach id (UUID)' })
  coachId?: string;

  /** A coach's "all" is all of their own competitors. */
  @BulkScope(['coachId'])
  all?: boolean;
}

export class RetriedCompetitor {
  @ApiProperty({ format: 'uuid' }) competitorId!: string;
  @ApiProperty() jobId!: string;
}

export class SkippedCompetitor {
  @ApiProperty({ format: 'uuid' }) competitorId!: string;
  @ApiProperty() reason!: string;
}

export class RetryFailedResult {
  @ApiProperty({ type: [RetriedCompetitor] }) enqueued!: RetriedCompetitor[];
  @ApiProperty({ type: [SkippedCompetitor] }) skipped!: SkippedCompetitor[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsBoolean, IsIn, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { JobName } from '@app/jobs';

export class TriggerSyncDto {
  @ApiPropertyOptional({ default: false, description: 'Read the vendor and report what would change, writing nothing' })
  @IsOptional()
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun?: boolean;

  @ApiPropertyOptional({ format: 'uuid', description: 'Sync every competitor of this coach (outside the rotation)' })
  @IsOptional()
  @IsUUID('all', { message: 'coachId must be a UUID' })
  coachId?: string;
}

export class TriggerTotalsSweepDto {
  @ApiPropertyOptional({ minimum: 1, maximum: 5000, default: 100, description: 'Flagged competitors refreshed by this sweep' })
  @IsOptional()
  @IsInt({ message: 'batchSize must be a whole number' })
  @Min(1, { message: 'batchSize must be at least 1' })
  @Max(5000, { message: 'batchSize is at most 5000' })
  batchSize?: number;
}

const INTERNAL_TASKS = [JobName.GamePlatformSync, JobName.TotalsSweep] as const;

export class InternalSyncDto extends TriggerSyncDto {
  @ApiPropertyOptional({ enum: INTERNAL_TASKS, default: JobName.GamePlatformSync, description: 'Which job to enqueue' })
  @IsOptional()
  @IsIn(INTERNAL_TASKS, { message: `task must be one of ${INTERNAL_TASKS.join(', ')}` })
  task?: (typeof INTERNAL_TASKS)[number];

  @ApiPropertyOptional({ minimum: 1, maximum: 5000, description: 'Totals sweep only: flagged competitors refreshed' })
  @IsOptional()
  @IsInt({ message: 'batchSize must be a whole number' })
  @Min(1, { message: 'batchSize must be at least 1' })
  @Max(5000, { message: 'batchSize is at most 5000' })
  batchSize?: number;
}

/** A sync run or totals sweep was enqueued. */
export class SyncJobAcceptedDto {
  @ApiProperty({ description: 'Queue job id (the same id while an identical request is still pending)' })
  jobId!: string;

  @ApiProperty({ enum: INTERNAL_TASKS, description: 'The job type enqueued' })
  task!: (typeof INTERNAL_TASKS)[number];
}

export class RecentRunsQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 20 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(200, { message: 'limit is at most 200' })
  limit = 20;

  @ApiPropertyOptional({ enum: ['incremental', 'totals_sweep'] })
  @IsOptional()
  @IsIn(['incremental', 'totals_sweep'], { message: 'kind must be incremental or totals_sweep' })
  kind?: 'incremental' | 'totals_sweep';
}

export class LeaderboardQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(500, { message: 'limit is at most 500' })
  limit = 50;

  @ApiPropertyOptional({ enum: ['middle_school', 'high_school', 'college'] })
  @IsOptional()
  @IsIn(['middle_school', 'high_school', 'college'], { message: 'division must be middle_school, high_school or college' })
  division?: 'middle_school' | 'high_school' | 'college';
}

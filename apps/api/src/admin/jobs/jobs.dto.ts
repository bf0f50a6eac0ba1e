import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsEnum, IsIn, IsNotEmpty, IsOptional, IsString } from 'class-validator';
import { JobName, QueueName } from '@app/jobs';
import { BulkScope } from '../../http/bulk-scope';
import { IsInstant } from '../../http/instant';
import { PageQuery } from '../../http/page.query';
import { CoachFilter, JobTypeFilter } from '../job-filter.dto';

export const JOB_STATES = ['waiting', 'active', 'delayed', 'failed', 'completed', 'dead', 'parked'] as const;
export type JobState = (typeof JOB_STATES)[number];

export class JobListQuery extends IntersectionType(PageQuery, JobTypeFilter) {
  @ApiPropertyOptional({
    enum: JOB_STATES,
    default: 'failed',
    description: 'dead = the dead-letter store; parked = vendor writes held back because their coach may not use the game platform now (not run, not failed)',
  })
  @IsOptional()
  @IsIn(JOB_STATES, { message: `state must be one of ${JOB_STATES.join(', ')}` })
  state: JobState = 'failed';
}

export class JobRef {
  @ApiProperty({ enum: QueueName })
  @IsEnum(QueueName, { message: `queue must be one of ${Object.values(QueueName).join(', ')}` })
  queue!: QueueName;

  @ApiProperty()
  @IsString()
  @IsNotEmpty({ message: 'id must not be empty' })
  id!: string;
}

export class BulkRetryBody extends IntersectionType(JobTypeFilter, CoachFilter) {
  @ApiPropertyOptional({ format: 'date-time', description: 'Only jobs that failed at or after this instant (ISO 8601)' })
  @IsOptional()
  @IsInstant('since')
  since?: Date;

  @BulkScope(['queue', 'type', 'coachId', 'since'])
  all?: boolean;
}

export class JobView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: QueueName }) queue!: string;
  @ApiProperty({ enum: JobName }) type!: string;
  @ApiProperty({ enum: JOB_STATES }) state!: string;
  @ApiProperty({ description: 'Secrets redacted' }) payload!: unknown;
  @ApiProperty() attemptsMade!: number;
  @ApiProperty() maxAttempts!: number;
  @ApiProperty({ type: String, nullable: true }) failedReason!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) processedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) finishedAt!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Delayed jobs: when they become due' }) runAt!: string | null;
  @ApiPropertyOptional({
    enum: ['switched_off', 'disabled', 'outside_rollout'],
    description: 'Parked jobs: why the worker held it back (it runs after the rollout catch-up)',
  })
  parkedReason?: string;
}

export class JobDetailView extends JobView {
  @ApiProperty({ type: [String] }) stacktrace!: string[];
}

export class JobPage {
  @ApiProperty({ type: [JobView] }) items!: JobView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'True when a queue held more matching jobs than one listing scans' }) truncated!: boolean;
}

export class TouchedJobs {
  @ApiProperty({ description: 'How many jobs the call changed' }) touched!: number;
  @ApiProperty({ type: [JobRef] }) jobs!: JobRef[];
}

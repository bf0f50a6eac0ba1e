import { ApiProperty, ApiPropertyOptional, IntersectionType } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { JobName, QueueName } from '@app/jobs';
import { BulkScope } from '../../http/bulk-scope';
import { IsInstant } from '../../http/instant';
import { PageQuery } from '../../http/page.query';
import { CoachFilter, JobTypeFilter } from '../job-filter.dto';

const STATUSES = ['open', 'replayed', 'resolved', 'all'] as const;

export class DeadLetterFilterFields extends IntersectionType(JobTypeFilter, CoachFilter) {
  @ApiPropertyOptional({ enum: STATUSES, description: 'open: not replayed nor resolved; resolved: a retry or replay completed' })
  @IsOptional()
  @IsIn(STATUSES, { message: `status must be one of ${STATUSES.join(', ')}` })
  status?: (typeof STATUSES)[number];
}

export class DeadLetterListQuery extends IntersectionType(PageQuery, DeadLetterFilterFields) {}

export class PurgeDeadLettersBody extends DeadLetterFilterFields {
  @ApiPropertyOptional({ format: 'date-time', description: 'Only dead letters that failed before this instant (ISO 8601)' })
  @IsOptional()
  @IsInstant('before')
  before?: Date;

  @BulkScope(['queue', 'type', 'coachId', 'status', 'before'])
  all?: boolean;
}

export class DeadLetterIdParam {
  @ApiProperty({ format: 'uuid' })
  @IsUUID('all', { message: 'id must be a UUID' })
  id!: string;
}

export class DeadLetterView {
  @ApiProperty() id!: string;
  @ApiProperty({ enum: QueueName }) queue!: string;
  @ApiProperty({ description: 'Id of the failed queue entry' }) jobId!: string;
  @ApiProperty({ enum: JobName }) type!: string;
  @ApiProperty({ description: 'Secrets redacted' }) payload!: unknown;
  @ApiProperty() failedReason!: string;
  @ApiProperty() attemptsMade!: number;
  @ApiProperty() maxAttempts!: number;
  @ApiProperty({ format: 'date-time' }) failedAt!: string;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) replayedAt!: string | null;
  @ApiProperty({ type: String, nullable: true }) replayJobId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt!: string | null;
}

export class DeadLetterPage {
  @ApiProperty({ type: [DeadLetterView] }) items!: DeadLetterView[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
}

export class ReplayResult {
  @ApiProperty() deadLetterId!: string;
  @ApiProperty({ enum: QueueName }) queue!: string;
  @ApiProperty({ description: 'The new job (or the pending one of the same type and key it merged into)' }) jobId!: string;
}

export class PurgeResult {
  @ApiProperty({ description: 'Dead letters deleted' }) purged!: number;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsUUID } from 'class-validator';
import { JobName, QueueName } from '@app/jobs';

/** Narrows admin job operations to one queue and/or one job type (all when omitted). */
export class JobTypeFilter {
  @ApiPropertyOptional({ enum: QueueName, description: 'All queues when omitted' })
  @IsOptional()
  @IsEnum(QueueName, { message: `queue must be one of ${Object.values(QueueName).join(', ')}` })
  queue?: QueueName;

  @ApiPropertyOptional({ enum: JobName, description: 'All job types when omitted' })
  @IsOptional()
  @IsEnum(JobName, { message: `type must be one of ${Object.values(JobName).join(', ')}` })
  type?: JobName;
}

export class CoachFilter {
  @ApiPropertyOptional({ description: 'Only jobs of this coach: the coach itself, its competitors or its teams' })
  @IsOptional()
  @IsUUID('all', { message: 'coachId must be a UUID' })
  coachId?: string;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';
import { QueueName } from '@app/jobs';
import { BulkScope } from '../../http/bulk-scope';

export class ProcessingSwitchBody {
  @ApiPropertyOptional({ enum: QueueName, description: 'The queue to switch; or say all: true' })
  @IsOptional()
  @IsEnum(QueueName, { message: `queue must be one of ${Object.values(QueueName).join(', ')}` })
  queue?: QueueName;

  @BulkScope(['queue'])
  all?: boolean;
}

export class QueueProcessingView {
  @ApiProperty({ enum: QueueName }) queue!: QueueName;
  @ApiProperty({ description: 'True: no new job starts; running jobs finish' }) paused!: boolean;
}

export class ProcessingView {
  @ApiProperty({ type: [QueueProcessingView] }) queues!: QueueProcessingView[];
}

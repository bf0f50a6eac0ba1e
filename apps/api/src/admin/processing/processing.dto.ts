import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional } from 'class-validator';
import { QueueName } from '@app/jobs';

export class ProcessingSwitchBody {
  @ApiPropertyOptional({ enum: QueueName, description: 'Every queue when omitted' })
  @IsOptional()
  @IsEnum(QueueName, { message: `queue must be one of ${Object.values(QueueName).join(', ')}` })
  queue?: QueueName;
}

export class QueueProcessingView {
  @ApiProperty({ enum: QueueName }) queue!: QueueName;
  @ApiProperty({ description: 'True: no new job starts; running jobs finish' }) paused!: boolean;
}

export class ProcessingView {
  @ApiProperty({ type: [QueueProcessingView] }) queues!: QueueProcessingView[];
}

import { Processor } from '@nestjs/bullmq';
import { QueueName, QueueProcessor } from '@app/jobs';

@Processor(QueueName.Sync)
export class SyncProcessor extends QueueProcessor {
  protected readonly queueName = QueueName.Sync;
}

import { Processor } from '@nestjs/bullmq';
import { QueueName, QueueProcessor } from '@app/jobs';

@Processor(QueueName.Maintenance)
export class MaintenanceProcessor extends QueueProcessor {
  protected readonly queueName = QueueName.Maintenance;
}

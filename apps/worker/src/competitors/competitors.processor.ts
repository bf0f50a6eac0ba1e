import { Processor } from '@nestjs/bullmq';
import { QueueName, QueueProcessor } from '@app/jobs';

@Processor(QueueName.Competitors)
export class CompetitorsProcessor extends QueueProcessor {
  protected readonly queueName = QueueName.Competitors;
}

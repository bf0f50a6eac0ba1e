import { Processor } from '@nestjs/bullmq';
import { QueueName, QueueProcessor } from '@app/jobs';

@Processor(QueueName.Teams)
export class TeamsProcessor extends QueueProcessor {
  protected readonly queueName = QueueName.Teams;
}

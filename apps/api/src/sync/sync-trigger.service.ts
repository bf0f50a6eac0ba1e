import { Injectable, NotFoundException } from '@nestjs/common';
import { JobName, JobQueueService } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { SyncJobAcceptedDto } from './sync.dto';

/** Manual and external triggers: validate, enqueue, answer at once (the worker does the vendor work). */
@Injectable()
export class SyncTriggerService {
  constructor(
    private readonly jobs: JobQueueService,
    private readonly prisma: PrismaService,
  ) {}

  async enqueueSync(requestedBy: string, request: { dryRun?: boolean; coachId?: string }): Promise<SyncJobAcceptedDto> {
    if (request.coachId && !(await this.prisma.coach.findUnique({ where: { id: request.coachId }, select: { id: true } }))) {
      throw new NotFoundException(`Coach ${request.coachId} not found`);
    }
    const payload = { requestedBy, ...(request.dryRun ? { dryRun: true } : {}), ...(request.coachId ? { coachId: request.coachId } : {}) };
    const job = await this.jobs.enqueue(JobName.GamePlatformSync, payload);
    return { jobId: job.id ?? '', task: JobName.GamePlatformSync };
  }

  async enqueueTotalsSweep(requestedBy: string, request: { batchSize?: number }): Promise<SyncJobAcceptedDto> {
    const job = await this.jobs.enqueue(JobName.TotalsSweep, { requestedBy, ...(request.batchSize ? { batchSize: request.batchSize } : {}) });
    return { jobId: job.id ?? '', task: JobName.TotalsSweep };
  }
}

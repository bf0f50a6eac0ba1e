import { Injectable, Logger } from '@nestjs/common';
import { JOB_DEFINITIONS, JobPayload, JobRunContext } from '@app/jobs';
import { Prisma, PrismaService } from '@app/persistence';
import { GamePlatformAvailability, isAllowed, VendorWriteGate } from '../integration';
import { coachOfJob, VendorWriteJob } from './job-coach';

/** What a parked job returns instead of running: visible in the queue (completed) and in parked_jobs. */
export interface ParkedOutcome {
  parked: Exclude<GamePlatformAvailability, 'pilot' | 'in_rollout'>;
  coachId: string;
}

/** The parked_jobs key of a job: its type's de-duplication id, so the same work is parked once. */
export function parkedJobKey<N extends VendorWriteJob>(name: N, payload: JobPayload<N>, jobId = ''): string {
  return JOB_DEFINITIONS[name].deduplicationId?.(payload) ?? `${name}:${jobId}`;
}

/**
 * The worker's half of the rollout: before a vendor-writing job runs, the master switch and the
 * coach's rollout are read again. A job for a coach who is not allowed is parked (a parked_jobs row,
 * the queue job completes with { parked }) instead of running or failing; the catch-up re-enqueues it.
 */
@Injectable()
export class RolloutParking {
  private readonly logger = new Logger(RolloutParking.name);

  constructor(
    private readonly gate: VendorWriteGate,
    private readonly prisma: PrismaService,
  ) {}

  async runUnlessParked<N extends VendorWriteJob, T>(
    name: N,
    payload: JobPayload<N>,
    job: Pick<JobRunContext, 'jobId'>,
    work: () => Promise<T>,
  ): Promise<T | ParkedOutcome> {
    const coachId = await coachOfJob(this.prisma, name, payload);
    if (!coachId) return work();
    const availability = await this.gate.availabilityFor(coachId);
    if (isAllowed(availability)) return work();
    const parked = availability as ParkedOutcome['parked'];
    const definition = JOB_DEFINITIONS[name];
    const jobKey = parkedJobKey(name, payload, job.jobId);
    const row = { queue: definition.queue, jobName: name, jobId: job.jobId, payload: payload as unknown as Prisma.InputJsonValue, coachId, reason: parked };
    await this.prisma.parkedJob.upsert({ where: { jobKey }, create: { jobKey, ...row }, update: row });
    this.logger.warn({ msg: 'job parked: the coach may not use the game platform now', jobName: name, coachId, reason: parked });
    return { parked, coachId };
  }
}

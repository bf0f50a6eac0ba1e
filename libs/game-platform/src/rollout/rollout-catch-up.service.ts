import { Injectable, Logger } from '@nestjs/common';
import { JobName, JobPayload, JobQueueService } from '@app/jobs';
import { PrismaService } from '@app/persistence';
import { isAllowed, VendorWriteGate } from '../integration';

export interface CatchUpReport {
  /** Parked jobs enqueued again (their coach is allowed now). */
  requeued: number;
  /** Parked jobs left parked (their coach is still not allowed). */
  stillParked: number;
  /** Teams never created on the platform, or with memberships not pushed, whose sync was enqueued. */
  teamsEnqueued: number;
}

/**
 * Catch-up after the master switch turns on (worker start) or a coach enters the rollout (flag change):
 * parked jobs of allowed coaches are enqueued again, and so is the sync of each of their teams that
 * was created, or had members added, while they were outside. Every enqueue goes through the job
 * type's de-duplication id, so running it twice enqueues nothing twice.
 */
@Injectable()
export class RolloutCatchUp {
  private readonly logger = new Logger(RolloutCatchUp.name);

  constructor(
    private readonly gate: VendorWriteGate,
    private readonly prisma: PrismaService,
    private readonly jobs: JobQueueService,
  ) {}

  async run(): Promise<CatchUpReport> {
    const allowed = this.allowedCache();
    const report: CatchUpReport = { requeued: 0, stillParked: 0, teamsEnqueued: 0 };
    for (const parked of await this.prisma.parkedJob.findMany({ orderBy: { parkedAt: 'asc' } })) {
      if (!(await allowed(parked.coachId))) {
        report.stillParked += 1;
        continue;
      }
      const name = parked.jobName as JobName;
      await this.jobs.enqueue(name, parked.payload as unknown as JobPayload<typeof name>);
      // Only the row that was read: a job parked again meanwhile keeps its newer row.
      await this.prisma.parkedJob.deleteMany({ where: { id: parked.id, parkedAt: parked.parkedAt } });
      report.requeued += 1;
    }
    const teams = await this.prisma.team.findMany({
      where: { OR: [{ gamePlatformId: null }, { memberships: { some: { remoteState: { in: ['pending', 'error'] } } } }] },
      select: { id: true, coachId: true },
      orderBy: { createdAt: 'asc' },
    });
    for (const team of teams) {
      if (!(await allowed(team.coachId))) continue;
      await this.jobs.enqueue(JobName.SyncTeam, { teamId: team.id, requestedBy: 'system' });
      report.teamsEnqueued += 1;
    }
    this.logger.log({ msg: 'rollout catch-up finished', ...report });
    return report;
  }

  /** One flag read per coach per run. */
  private allowedCache(): (coachId: string) => Promise<boolean> {
    const known = new Map<string, Promise<boolean>>();
    return (coachId) => {
      let answer = known.get(coachId);
      if (!answer) {
        answer = this.gate.availabilityFor(coachId).then(isAllowed);
        known.set(coachId, answer);
      }
      return answer;
    };
  }
}

import { JobName, JobPayload } from '@app/jobs';
import { PrismaService } from '@app/persistence';

/** The job types that write to the game platform on behalf of a coach: the worker checks the rollout before each. */
export type VendorWriteJob = JobName.OnboardCompetitor | JobName.SendPasswordReset | JobName.SyncTeam | JobName.DeleteRemoteTeam;

/** The coach a vendor-writing job acts for; null when its subject no longer exists (the job then finds nothing to do). */
export async function coachOfJob<N extends VendorWriteJob>(prisma: PrismaService, name: N, payload: JobPayload<N>): Promise<string | null> {
  if (name === JobName.DeleteRemoteTeam) return (payload as JobPayload<JobName.DeleteRemoteTeam>).coachId;
  if (name === JobName.SyncTeam) {
    const team = await prisma.team.findUnique({ where: { id: (payload as JobPayload<JobName.SyncTeam>).teamId }, select: { coachId: true } });
    return team?.coachId ?? null;
  }
  const { competitorId } = payload as JobPayload<JobName.OnboardCompetitor>;
  const competitor = await prisma.competitor.findUnique({ where: { id: competitorId }, select: { coachId: true } });
  return competitor?.coachId ?? null;
}

import { Injectable } from '@nestjs/common';
import { PrismaService } from '@app/persistence';

/** The ids a coach's jobs carry in their payloads: coachId itself, or one of the coach's competitors or teams. */
export interface CoachScope {
  coachId: string;
  competitorIds: string[];
  teamIds: string[];
}

@Injectable()
export class CoachScopeResolver {
  constructor(private readonly prisma: PrismaService) {}

  async resolve(coachId: string): Promise<CoachScope> {
    const [competitors, teams] = await Promise.all([
      this.prisma.competitor.findMany({ where: { coachId }, select: { id: true } }),
      this.prisma.team.findMany({ where: { coachId }, select: { id: true } }),
    ]);
    return { coachId, competitorIds: competitors.map((row) => row.id), teamIds: teams.map((row) => row.id) };
  }
}

/** Whether a job payload belongs to the coach (a DeleteRemoteTeam payload names the coach; the team row may be gone). */
export function payloadInScope(payload: unknown, scope: CoachScope): boolean {
  const ids = (payload ?? {}) as { coachId?: unknown; competitorId?: unknown; teamId?: unknown };
  return (
    ids.coachId === scope.coachId ||
    (typeof ids.competitorId === 'string' && scope.competitorIds.includes(ids.competitorId)) ||
    (typeof ids.teamId === 'string' && scope.teamIds.includes(ids.teamId))
  );
}

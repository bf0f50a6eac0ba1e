import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from '@app/persistence';
import { AuthenticatedUser, visibleTo } from '../auth';

const RECENT_SOLVES = 20;

/** Dashboard reads of synced scores; coaches see their own competitors only. */
@Injectable()
export class ScoresReadService {
  constructor(private readonly prisma: PrismaService) {}

  async competitorScores(user: AuthenticatedUser, competitorId: string) {
    const competitor = await this.prisma.competitor.findFirst({
      where: { id: competitorId, ...visibleTo(user) },
      select: {
        id: true,
        firstName: true,
        lastName: true,
        division: true,
        gamePlatformId: true,
        stats: { select: { challengesCompleted: true, totalScore: true, monthlyCtfChallenges: true, lastAccessedAt: true, refreshedAt: true } },
        syncState: {
          select: { lastAttemptAt: true, lastResult: true, errorMessage: true, needsTotalsRefresh: true, activityTier: true, lastRemoteAccessedAt: true },
        },
        challengeSolves: {
          orderBy: { solvedAt: 'desc' },
          take: RECENT_SOLVES,
          select: { challengeSolveId: true, challengeId: true, challengeTitle: true, challengeCategory: true, challengePoints: true, solvedAt: true },
        },
        flashCtfEvents: {
          where: { challengesSolved: { gt: 0 } },
          orderBy: { startedAt: 'desc' },
          select: { eventId: true, name: true, challengesSolved: true, score: true, rank: true, startedAt: true, endedAt: true },
        },
      },
    });
    if (!competitor) throw new NotFoundException(`Competitor ${competitorId} not found`);
    const { challengeSolves, flashCtfEvents, syncState, ...rest } = competitor;
    return { ...rest, sync: syncState, recentSolves: challengeSolves, flashCtf: flashCtfEvents };
  }

  async leaderboard(user: AuthenticatedUser, query: { limit: number; division?: 'middle_school' | 'high_school' | 'college' }) {
    const rows = await this.prisma.gamePlatformStats.findMany({
      where: { competitor: { ...visibleTo(user), ...(query.division ? { division: query.division } : {}) } },
      orderBy: [{ totalScore: 'desc' }, { challengesCompleted: 'desc' }, { competitorId: 'asc' }],
      take: query.limit,
      select: {
        competitorId: true,
        totalScore: true,
        challengesCompleted: true,
        monthlyCtfChallenges: true,
        refreshedAt: true,
        competitor: { select: { firstName: true, lastName: true, division: true, coachId: true } },
      },
    });
    return rows.map(({ competitor, ...stats }, index) => ({ rank: index + 1, ...stats, ...competitor }));
  }
}

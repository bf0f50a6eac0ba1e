import { PrismaPg } from '@prisma/adapter-pg';
import { computeCompetitorStatus, CompetitorStatusInput } from '@app/game-platform/onboarding/competitor-status';
import { Division, PrismaClient } from '@app/persistence';
import { seededUserProfiles } from '../apps/game-platform-sim/src';

/** Fixed ids, so `npm run token -- --role coach --sub <id>` can act as a demo coach. */
export const DEMO_COACHES = [
  { id: '00000000-0000-4000-8000-00000000c0a1', firstName: 'Ada', lastName: 'Byron', email: 'ada.coach@example.org', schoolId: 'school-1' },
  { id: '00000000-0000-4000-8000-00000000c0a2', firstName: 'Alan', lastName: 'Turing', email: 'alan.coach@example.org', schoolId: 'school-2' },
];

const DIVISIONS: Division[] = ['middle_school', 'high_school', 'college'];

/**
 * Demo data for `npm run dev`, written only into an empty database: two coaches; the simulator's
 * seeded users as competitors already on the platform (status complete); a few local-only
 * competitors at every earlier onboarding stage; one team per coach. Returns a summary, or null
 * when the database already had data.
 */
export async function seedDemoData(databaseUrl: string, remoteUsers = 24): Promise<string | null> {
  const prisma = new PrismaClient({ adapter: new PrismaPg({ connectionString: databaseUrl }) });
  try {
    if ((await prisma.coach.count()) > 0) return null;
    await prisma.coach.createMany({ data: DEMO_COACHES });

    const onPlatform = seededUserProfiles(remoteUsers).map((profile, index) => ({
      firstName: profile.firstName,
      lastName: profile.lastName,
      email: profile.email,
      division: DIVISIONS[index % DIVISIONS.length],
      schoolId: DEMO_COACHES[index % 2].schoolId,
      complianceConfirmedAt: new Date(),
      gamePlatformId: profile.synedUserId,
      coachId: DEMO_COACHES[index % 2].id,
    }));
    const stages = ['pending', 'profile', 'compliance', 'compliance'].map((stage, index) => ({
      firstName: `Local${index + 1}`,
      lastName: 'Student',
      email: stage === 'pending' ? null : `local${index + 1}.student@example.org`,
      division: stage === 'pending' ? null : DIVISIONS[index % DIVISIONS.length],
      schoolId: stage === 'pending' ? null : DEMO_COACHES[index % 2].schoolId,
      complianceConfirmedAt: stage === 'compliance' ? new Date() : null,
      gamePlatformId: null,
      coachId: DEMO_COACHES[index % 2].id,
    }));
    const competitors = [...onPlatform, ...stages].map((row) => ({
      ...row,
      status: computeCompetitorStatus(row as CompetitorStatusInput),
    }));
    await prisma.competitor.createMany({ data: competitors });

    for (const coach of DEMO_COACHES) {
      const team = await prisma.team.create({
        data: { coachId: coach.id, name: `${coach.lastName} Cyber Team`, division: 'high_school', affiliation: `${coach.lastName} High School` },
      });
      const members = await prisma.competitor.findMany({
        where: { coachId: coach.id, gamePlatformId: { not: null } },
        orderBy: { lastName: 'asc' },
        take: 4,
      });
      await prisma.teamMembership.createMany({ data: members.map((member) => ({ teamId: team.id, competitorId: member.id })) });
    }
    return `${DEMO_COACHES.length} coaches, ${competitors.length} competitors, ${DEMO_COACHES.length} teams`;
  } finally {
    await prisma.$disconnect();
  }
}

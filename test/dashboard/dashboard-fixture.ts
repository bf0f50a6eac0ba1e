import { randomUUID } from 'node:crypto';
import { SyncWriteRepository } from '@app/game-platform';
import { PrismaService } from '@app/persistence';
import { mintToken } from '../../apps/api/src/auth';
import { TEST_JWT_SECRET } from '../support/environment';

/**
 * A small hand-computed world for the dashboard reads (expected figures in dashboard-reads.e2e-spec.ts).
 * The range under test is 2026-03-10..2026-03-16 (Tuesday to Monday); the period before it is
 * 2026-03-03..2026-03-09. Coach A has A1, A2 (onboarded) and A3 (onboarding failed); coach B has B1.
 * Solves go through the sync's own insert, so the daily aggregates are the ones the sync keeps.
 */
export interface DashboardWorld {
  coachA: { id: string; token: string };
  coachB: { id: string; token: string };
  adminToken: string;
  competitors: Record<'A1' | 'A2' | 'A3' | 'B1', string>;
  users: Record<'u1' | 'u2' | 'u3', string>;
  teams: Record<'alpha' | 'bravo', string>;
}

const at = (iso: string) => new Date(iso);
let solveIds = 1;

export async function seedDashboardWorld(prisma: PrismaService): Promise<DashboardWorld> {
  const coach = async (name: string) => {
    const row = await prisma.coach.create({ data: { email: `${name.toLowerCase()}@example.test`, firstName: name, lastName: 'Coach' } });
    return { id: row.id, token: await mintToken(TEST_JWT_SECRET, { sub: row.id, role: 'coach' }) };
  };
  const coachA = await coach('Ada');
  const coachB = await coach('Bob');
  const users = { u1: randomUUID(), u2: randomUUID(), u3: randomUUID() };

  const competitor = (
    coachId: string,
    firstName: string,
    division: 'high_school' | 'middle_school' | 'college',
    createdAt: string,
    platform: { id: string; syncedAt: string } | null,
    extra = {},
  ) =>
    prisma.competitor.create({
      data: {
        coachId,
        firstName,
        lastName: 'Student',
        email: `${firstName.toLowerCase()}@example.test`,
        division,
        createdAt: at(createdAt),
        status: platform ? 'complete' : 'compliance',
        gamePlatformId: platform?.id ?? null,
        gamePlatformSyncedAt: platform ? at(platform.syncedAt) : null,
        ...extra,
      },
    });
  const a1 = await competitor(coachA.id, 'Anna', 'high_school', '2026-03-01T10:00:00Z', { id: users.u1, syncedAt: '2026-03-02T10:00:00Z' });
  const a2 = await competitor(coachA.id, 'Arne', 'high_school', '2026-03-12T10:00:00Z', { id: users.u2, syncedAt: '2026-03-13T10:00:00Z' });
  const a3 = await competitor(coachA.id, 'Alma', 'middle_school', '2026-03-05T10:00:00Z', null, {
    gamePlatformSyncError: "The email is already registered on the Game Platform by another account: change the competitor's email or contact support",
    gamePlatformLastAttemptAt: at('2026-03-15T09:00:00Z'),
  });
  const b1 = await competitor(coachB.id, 'Bea', 'college', '2026-03-11T08:00:00Z', { id: users.u3, syncedAt: '2026-03-11T12:00:00Z' });

  const solves = (user: string, points: number, ...times: string[]) =>
    times.map((time) => ({
      synedUserId: user,
      metactfUserId: null,
      solve: {
        challenge_solve_id: solveIds++,
        challenge_id: 1001,
        challenge_title: 'Warm-up',
        challenge_category: 'web',
        challenge_points: points,
        timestamp_unix: at(time).getTime() / 1000,
        raw: {},
      },
    }));
  await new SyncWriteRepository(prisma).insertSolves([
    ...solves(
      users.u1,
      100,
      '2026-03-08T10:00:00Z',
      '2026-03-09T23:59:59Z',
      '2026-03-10T00:00:00Z',
      '2026-03-11T12:00:00Z',
      '2026-03-11T13:00:00Z',
      '2026-03-12T08:00:00Z',
    ),
    ...solves(users.u2, 50, '2026-03-14T10:00:00Z', '2026-03-16T10:00:00Z'),
    ...solves(users.u3, 200, '2026-03-15T10:00:00Z', '2026-03-16T11:00:00Z'),
  ]);
  // Platform accesses the sync saw (u1 on the 13th, u2 on the 4th, in the period before).
  await prisma.$executeRaw`
    INSERT INTO competitor_daily_activity (syned_user_id, day, accessed) VALUES (${users.u1}::uuid, '2026-03-13', true), (${users.u2}::uuid, '2026-03-04', true)
    ON CONFLICT (syned_user_id, day) DO UPDATE SET accessed = true`;

  await prisma.gamePlatformStats.createMany({
    data: [
      { competitorId: a1.id, challengesCompleted: 6, totalScore: 600, lastAccessedAt: at('2026-03-13T18:00:00Z'), refreshedAt: at('2026-03-16T06:00:00Z') },
      { competitorId: a2.id, challengesCompleted: 2, totalScore: 100, refreshedAt: at('2026-03-15T06:00:00Z') },
      { competitorId: b1.id, challengesCompleted: 2, totalScore: 400, lastAccessedAt: at('2026-03-16T11:00:00Z'), refreshedAt: at('2026-03-14T00:00:00Z') },
    ],
  });
  await prisma.gamePlatformSyncState.createMany({
    data: [
      { synedUserId: users.u1, lastAttemptAt: at('2026-03-16T12:00:00Z'), lastResult: 'success' },
      { synedUserId: users.u3, lastAttemptAt: at('2026-03-15T10:00:00Z'), lastResult: 'failure', errorMessage: 'not_found: Not Found (GET /odl/scores)' },
    ],
  });

  const alpha = await prisma.team.create({
    data: {
      coachId: coachA.id,
      name: 'Alpha',
      division: 'high_school',
      affiliation: 'North High',
      gamePlatformId: randomUUID(),
      gamePlatformSyncedAt: at('2026-03-14T08:00:00Z'),
    },
  });
  const bravo = await prisma.team.create({ data: { coachId: coachB.id, name: 'Bravo', division: 'college', affiliation: 'South College' } });
  await prisma.teamMembership.createMany({
    data: [
      { teamId: alpha.id, competitorId: a1.id, remoteState: 'synced', createdAt: at('2026-03-05T09:00:00Z') },
      { teamId: alpha.id, competitorId: a2.id, remoteState: 'pending', createdAt: at('2026-03-13T09:00:00Z') },
      { teamId: bravo.id, competitorId: b1.id, remoteState: 'pending', createdAt: at('2026-03-12T09:00:00Z') },
    ],
  });
  await prisma.auditLog.createMany({
    data: [
      { actor: coachA.id, action: 'team.created', targetType: 'team', targetId: alpha.id, at: at('2026-03-12T09:00:00Z') },
      { actor: coachA.id, action: 'team.member_added', targetType: 'team', targetId: alpha.id, at: at('2026-03-13T09:00:00Z') },
      { actor: coachA.id, action: 'team.sync_requested', targetType: 'team', targetId: alpha.id, at: at('2026-03-13T10:00:00Z') },
      { actor: coachB.id, action: 'team.created', targetType: 'team', targetId: bravo.id, at: at('2026-03-11T08:00:00Z') },
    ],
  });

  const flash = (user: string, eventId: string, startedAt: string, challengesSolved: number, score: number) => ({
    synedUserId: user,
    eventId,
    name: `Flash ${eventId}`,
    challengesSolved,
    score,
    startedAt: at(startedAt),
    rawPayload: {},
  });
  await prisma.gamePlatformFlashCtfEvent.createMany({
    data: [
      flash(users.u1, 'f0', '2026-03-05T16:00:00Z', 1, 100),
      flash(users.u1, 'f1', '2026-03-14T16:00:00Z', 3, 300),
      flash(users.u2, 'f1', '2026-03-14T16:00:00Z', 0, 0),
      flash(users.u3, 'f1', '2026-03-14T16:00:00Z', 2, 250),
      flash(users.u1, 'f2', '2026-03-16T10:00:00Z', 2, 150),
    ],
  });
  await prisma.gamePlatformSyncRun.create({
    data: {
      kind: 'incremental',
      status: 'succeeded',
      startedAt: at('2026-03-16T11:59:00Z'),
      finishedAt: at('2026-03-16T12:00:00Z'),
      competitorsProcessed: 3,
      competitorsWithNewData: 2,
    },
  });

  return {
    coachA,
    coachB,
    adminToken: await mintToken(TEST_JWT_SECRET, { sub: 'admin-1', role: 'admin' }),
    competitors: { A1: a1.id, A2: a2.id, A3: a3.id, B1: b1.id },
    users,
    teams: { alpha: alpha.id, bravo: bravo.id },
  };
}

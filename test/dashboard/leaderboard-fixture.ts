import { randomUUID } from 'node:crypto';
import { PrismaService } from '@app/persistence';

const at = (iso: string) => new Date(iso);

/**
 * The hand-computed world of the dashboard tests. Coach A: Ada and Bob tie on 10 challenges / 500
 * points, Cy has fewer challenges but more points, Dee is on the platform without totals yet, Eve
 * is not on the platform. Coach B: Finn leads everyone.
 *
 * Ranks over everyone: Finn 1, Ada 2, Bob 2, Cy 4, Dee 5, Eve 5. Over coach A: Ada 1, Bob 1, Cy 3, Dee 4, Eve 4.
 */
export async function seedFixture(prisma: PrismaService) {
  const coachA = randomUUID();
  const coachB = randomUUID();
  await prisma.coach.createMany({
    data: [
      { id: coachA, email: 'a@coaches.test', firstName: 'Alice', lastName: 'Anders' },
      { id: coachB, email: 'b@coaches.test', firstName: 'Bert', lastName: 'Berg' },
    ],
  });
  const gp = () => randomUUID();
  const people = {
    ada: {
      id: randomUUID(),
      coachId: coachA,
      firstName: 'Ada',
      lastName: 'Lovelace',
      email: 'ada@students.test',
      metactfUsername: 'ada_l',
      division: 'high_school',
      gamePlatformId: gp(),
    },
    bob: {
      id: randomUUID(),
      coachId: coachA,
      firstName: 'Bob',
      lastName: 'Byron',
      email: 'bob@students.test',
      metactfUsername: 'bobby',
      division: 'high_school',
      gamePlatformId: gp(),
    },
    cy: {
      id: randomUUID(),
      coachId: coachA,
      firstName: '=HYPERLINK("x")',
      lastName: 'Smith, Jr.\nII',
      email: 'cy@students.test',
      metactfUsername: 'cy',
      division: 'middle_school',
      gamePlatformId: gp(),
    },
    dee: {
      id: randomUUID(),
      coachId: coachA,
      firstName: 'Dee',
      lastName: 'Pending',
      email: 'dee@students.test',
      metactfUsername: 'dee',
      division: 'high_school',
      gamePlatformId: gp(),
    },
    eve: {
      id: randomUUID(),
      coachId: coachA,
      firstName: 'Eve',
      lastName: 'Offline',
      email: 'eve@students.test',
      metactfUsername: null,
      division: null,
      gamePlatformId: null,
    },
    finn: {
      id: randomUUID(),
      coachId: coachB,
      firstName: 'Finn',
      lastName: 'Fast',
      email: 'finn@students.test',
      metactfUsername: 'finn',
      division: 'college',
      gamePlatformId: gp(),
    },
  } as const;
  await prisma.competitor.createMany({
    data: Object.values(people).map((person) => ({ ...person, status: person.gamePlatformId ? 'complete' : 'compliance' })),
  });

  const refreshed = at('2026-11-26T09:00:00Z');
  await prisma.gamePlatformStats.createMany({
    data: [
      { competitorId: people.ada.id, challengesCompleted: 10, totalScore: 500, lastAccessedAt: at('2026-11-20T12:00:00Z'), refreshedAt: refreshed },
      { competitorId: people.bob.id, challengesCompleted: 10, totalScore: 500, lastAccessedAt: at('2026-11-25T12:00:00Z'), refreshedAt: refreshed },
      { competitorId: people.cy.id, challengesCompleted: 8, totalScore: 900, lastAccessedAt: null, refreshedAt: refreshed },
      {
        competitorId: people.finn.id,
        challengesCompleted: 20,
        totalScore: 100,
        lastAccessedAt: at('2026-11-27T07:00:00Z'),
        refreshedAt: at('2026-11-27T08:00:00Z'),
      },
    ],
  });
  await prisma.gamePlatformSyncState.createMany({
    data: [
      { synedUserId: people.ada.gamePlatformId, lastAttemptAt: at('2026-11-26T10:00:00Z'), lastResult: 'success' },
      {
        synedUserId: people.bob.gamePlatformId,
        lastAttemptAt: at('2026-11-26T10:05:00Z'),
        lastResult: 'failure',
        errorMessage: 'The Game Platform did not answer in time: the next sync retries',
      },
    ],
  });
  let solveId = 0;
  const solve = (who: { gamePlatformId: string }, title: string, category: string | null, points: number | null, solvedAt: string) => ({
    synedUserId: who.gamePlatformId,
    challengeSolveId: ++solveId,
    challengeId: 100 + solveId,
    challengeTitle: title,
    challengeCategory: category,
    challengePoints: points,
    solvedAt: at(solvedAt),
    rawPayload: {},
  });
  await prisma.gamePlatformChallengeSolve.createMany({
    data: [
      solve(people.ada, 'Cookie monster', 'web', 100, '2026-11-02T08:00:00Z'),
      solve(people.ada, '+cmd, "quoted"\nnext line', 'crypto', 50, '2026-11-05T08:00:00Z'),
      solve(people.ada, 'SQL jam', 'web', 200, '2026-11-10T08:00:00Z'),
      solve(people.ada, 'Old pwn', 'pwn', 300, '2026-10-15T08:00:00Z'),
      solve(people.bob, 'Caesar', 'crypto', 50, '2026-11-03T08:00:00Z'),
      solve(people.bob, 'Mystery', null, null, '2026-11-04T08:00:00Z'),
      solve(people.finn, 'Fast one', 'web', 100, '2026-11-06T08:00:00Z'),
    ],
  });
  return { coachA, coachB, people };
}

export type Fixture = Awaited<ReturnType<typeof seedFixture>>;

/** The range every fixture read uses. */
export const RANGE = 'from=2026-11-01&to=2026-11-30';

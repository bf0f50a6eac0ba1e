import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TestStack, testStack } from '../support/stack';

type RosterRow = { coach: string; division: string | null; day: string; registered: number; enrolled: number };

/** scope_daily_roster (ADR 0036) against its definition, through creates, moves and deletes, folded or not. */
describe('per-scope daily roster rollup (PostgreSQL)', () => {
  let h: TestStack<'api'>;

  beforeAll(async () => {
    h = await testStack('roster-rollup', { api: true });
  });

  afterAll(async () => {
    await h?.close();
  });

  const kept = () =>
    h.prisma.$queryRaw<RosterRow[]>`
      SELECT coach_id::text AS coach, division::text AS division, to_char(day, 'YYYY-MM-DD') AS day,
             sum(registered)::int AS registered, sum(enrolled)::int AS enrolled
      FROM scope_daily_roster GROUP BY 1, 2, 3 HAVING sum(registered) <> 0 OR sum(enrolled) <> 0 ORDER BY 1, 2, 3`;
  /** The definition, by hand from the competitors and memberships as they are now. */
  const fromSource = () =>
    h.prisma.$queryRaw<RosterRow[]>`
      SELECT coach, division, day, sum(registered)::int AS registered, sum(enrolled)::int AS enrolled FROM (
        SELECT c.coach_id::text AS coach, c.division::text AS division, to_char((c.created_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD') AS day,
               1 AS registered, 0 AS enrolled
        FROM competitors c
        UNION ALL
        SELECT c.coach_id::text, c.division::text, to_char((m.created_at AT TIME ZONE 'UTC')::date, 'YYYY-MM-DD'), 0, 1
        FROM team_memberships m JOIN competitors c ON c.id = m.competitor_id
      ) roster GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
  const unmerged = () => h.prisma.scopeDailyRoster.count({ where: { merged: false } });

  it('follows competitors and memberships created, moved and deleted, folds as it goes, and equals the migration backfill', async () => {
    const [ada, bob] = await Promise.all(
      ['Ada', 'Bob'].map((name) => h.prisma.coach.create({ data: { email: `${name}@roster.test`, firstName: name, lastName: 'Coach' } })),
    );
    const [owls, bats] = await Promise.all(
      ['Owls', 'Bats'].map((name) => h.prisma.team.create({ data: { coachId: ada.id, name, division: 'high_school', affiliation: 'School' } })),
    );
    const days = ['2026-03-01T23:30:00Z', '2026-03-02T00:30:00Z', '2026-03-02T12:00:00Z', '2026-03-05T08:00:00Z'];
    // One statement for several rows (an import), and single creates.
    await h.prisma.competitor.createMany({
      data: days.map((createdAt, i) => ({
        coachId: i % 2 === 0 ? ada.id : bob.id,
        firstName: `Many${i}`,
        lastName: 'Student',
        division: i === 3 ? ('college' as const) : ('high_school' as const),
        createdAt: new Date(createdAt),
      })),
    });
    const single = await h.prisma.competitor.create({
      data: { coachId: ada.id, firstName: 'One', lastName: 'Student', division: 'middle_school', createdAt: new Date('2026-03-02T09:00:00Z') },
    });
    const many = await h.prisma.competitor.findMany({ where: { firstName: { startsWith: 'Many' } }, orderBy: { firstName: 'asc' } });
    expect(await kept()).toEqual(await fromSource());

    await h.prisma.teamMembership.createMany({
      data: [many[0], many[1], many[2]].map((competitor, i) => ({ teamId: owls.id, competitorId: competitor.id, createdAt: new Date(days[i + 1]) })),
    });
    await h.prisma.teamMembership.create({ data: { teamId: bats.id, competitorId: single.id, createdAt: new Date('2026-03-06T10:00:00Z') } });
    expect(await kept()).toEqual(await fromSource());

    await h.prisma.competitor.update({ where: { id: many[0].id }, data: { coachId: bob.id, division: 'college' } });
    await h.prisma.teamMembership.update({ where: { competitorId: many[1].id }, data: { teamId: bats.id } });
    await h.prisma.teamMembership.update({
      where: { competitorId: many[2].id },
      data: { competitorId: many[3].id, createdAt: new Date('2026-03-07T10:00:00Z') },
    });
    await h.prisma.teamMembership.delete({ where: { competitorId: single.id } });
    await h.prisma.competitor.delete({ where: { id: many[1].id } });
    await h.prisma.competitor.deleteMany({ where: { id: { in: [many[0].id, single.id] } } });
    expect(await h.prisma.teamMembership.count()).toBe(1);
    expect(await unmerged()).toBe(0);
    const folded = await kept();
    expect(folded).toEqual(await fromSource());
    expect(folded.length).toBeGreaterThan(0);

    const migration = readFileSync(join(__dirname, '../../prisma/migrations/20261127202000_roster_rollups/migration.sql'), 'utf8');
    await h.prisma.$executeRaw`DELETE FROM scope_daily_roster`;
    await h.prisma.$executeRawUnsafe(migration.slice(migration.indexOf('-- Backfill:')));
    expect(await kept()).toEqual(folded);
  });

  it('stays exact while another transaction holds the fold, leaving the deltas for the next fold', async () => {
    const coach = await h.prisma.coach.create({ data: { email: 'cy@roster.test', firstName: 'Cy', lastName: 'Coach' } });
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let holding!: () => void;
    const held = new Promise<void>((resolve) => (holding = resolve));
    const holder = h.prisma.$transaction(async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(hashtext('fold_scope_daily_roster'))`;
      holding();
      await released;
    });
    await held;
    await h.prisma.competitor.create({ data: { coachId: coach.id, firstName: 'Dee', lastName: 'Student', division: 'college' } });
    expect(await unmerged()).toBeGreaterThan(0);
    expect(await kept()).toEqual(await fromSource());
    release();
    await holder;

    await h.prisma.competitor.create({ data: { coachId: coach.id, firstName: 'Eve', lastName: 'Student', division: 'college' } });
    expect(await unmerged()).toBe(0);
    expect(await kept()).toEqual(await fromSource());
  });
});

import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { GamePlatformClient } from '@app/game-platform';
import { Prisma } from '@app/persistence';
import { addCompetitors, ageSyncState, incrementalSync, jobId, syncCoach, SyncStack, totalsSweep } from './sync-fixtures';
import { testStack } from '../support/stack';

const utcDay = (unix: number) => new Date(unix * 1000).toISOString().slice(0, 10);

interface DayRow {
  day: string;
  solves: number;
  points: number;
  accessed: boolean;
}

describe('daily activity aggregates kept by the sync (simulator, PostgreSQL)', () => {
  let h: SyncStack;
  let coachId: string;
  let competitors: { id: string; synedUserId: string }[];

  beforeAll(async () => {
    h = await testStack('daily-activity', { simulator: { users: 6, seed: 777 }, worker: true });
    coachId = await syncCoach(h.prisma);
    competitors = await addCompetitors(h.prisma, coachId, [0, 1, 2, 3, 4, 5]);
  });

  afterAll(async () => {
    await h?.close();
  });

  const stored = async (synedUserId: string): Promise<DayRow[]> =>
    h.prisma.$queryRaw<DayRow[]>`
      SELECT to_char(day, 'YYYY-MM-DD') AS day, solves, points, accessed FROM competitor_daily_activity
      WHERE syned_user_id = ${synedUserId}::uuid ORDER BY day`;

  /** The days competitor_active_days marks active, decoded from its bitmap (bit i = first_day + i). */
  const activeDays = async (synedUserId: string): Promise<string[]> => {
    const rows = await h.prisma.$queryRaw<{ day: string }[]>`
      SELECT to_char(a.first_day + (i - 1), 'YYYY-MM-DD') AS day
      FROM competitor_active_days a, generate_series(1, length(a.days)) AS i
      WHERE a.syned_user_id = ${synedUserId}::uuid AND substring(a.days FROM i FOR 1) = B'1' ORDER BY 1`;
    return rows.map((row) => row.day);
  };

  /**
   * The same aggregate computed by hand from what the vendor holds. `accessed` accumulates: each sync
   * marks the day of the access the vendor reports then, and earlier marks stay.
   */
  const expectAggregatesMatchVendor = async (accessedDays: Map<string, Set<string>>) => {
    const now = (await h.sim.control.clock()).nowUnix;
    for (const c of competitors) {
      const vendor = await h.worker.get(GamePlatformClient).getOdlScores({ synedUserId: c.synedUserId });
      const seen = accessedDays.get(c.synedUserId) ?? new Set<string>();
      if (typeof vendor.last_accessed_unix === 'number') seen.add(utcDay(vendor.last_accessed_unix));
      accessedDays.set(c.synedUserId, seen);
      const days = new Map<string, DayRow>([...seen].map((day) => [day, { day, solves: 0, points: 0, accessed: true }]));
      for (const solve of await h.sim.control.solves(c.synedUserId)) {
        if (solve.visible_at_unix > now) continue;
        const day = utcDay(solve.timestamp_unix);
        const row = days.get(day) ?? { day, solves: 0, points: 0, accessed: false };
        row.solves += 1;
        row.points += solve.challenge_points;
        days.set(day, row);
      }
      const expected = [...days.values()].sort((a, b) => a.day.localeCompare(b.day));
      expect(await stored(c.synedUserId)).toEqual(expected);
      // Every stored day has a solve or an access, so each is an active day of the bitmap.
      expect(await activeDays(c.synedUserId)).toEqual(expected.map((row) => row.day));
    }
  };

  const accessedDays = new Map<string, Set<string>>();

  it('a first sync stores per-day solves, points and the access day of every competitor', async () => {
    expect(await incrementalSync(h).run({}, jobId())).toMatchObject({ status: 'succeeded', errors: 0 });
    expect(await h.prisma.competitorDailyActivity.count()).toBeGreaterThan(0);
    await expectAggregatesMatchVendor(accessedDays);
  });

  it('the overlap re-read and the totals sweep re-read stored solves without counting them twice', async () => {
    const user = competitors[2].synedUserId;
    const now = (await h.sim.control.clock()).nowUnix;
    // Inside the overlap window: the next run re-reads the stored solves of the last 10 minutes too.
    await h.sim.control.addSolves(user, [{ timestampUnix: now - 60 }, { timestampUnix: now }]);
    await ageSyncState(h.prisma, 24);
    expect(await incrementalSync(h).run({}, jobId())).toMatchObject({ newSolves: 2 });
    await h.sim.control.addSolves(user, [{ timestampUnix: now + 1 }]);
    await h.sim.control.advanceClock(30);
    for (let i = 0; i < 3; i++) {
      await ageSyncState(h.prisma, 24);
      await incrementalSync(h).run({}, jobId());
    }
    // The sweep's unfiltered read lists every solve again.
    expect(await totalsSweep(h).run({}, jobId('sweep'))).toMatchObject({ errors: 0 });
    await expectAggregatesMatchVendor(accessedDays);
    const total = await h.prisma.competitorDailyActivity.aggregate({ _sum: { solves: true } });
    expect(total._sum.solves).toBe(await h.prisma.gamePlatformChallengeSolve.count());
  });

  describe('per-scope rollups (ADR 0033)', () => {
    type ScopeRow = { coach: string; division: string | null; day: string; solves: number; points: number; active: number; onStreak: number };
    const nonZero = Prisma.sql`HAVING sum(solves) <> 0 OR sum(points) <> 0 OR sum(active) <> 0 OR sum(on_streak) <> 0`;
    const scopes = () =>
      h.prisma.$queryRaw<ScopeRow[]>`
        SELECT coach_id::text AS coach, division::text AS division, to_char(day, 'YYYY-MM-DD') AS day, sum(solves)::int AS solves,
               sum(points)::int AS points, sum(active)::int AS active, sum(on_streak)::int AS "onStreak"
        FROM scope_daily_activity GROUP BY 1, 2, 3 ${nonZero} ORDER BY 1, 2, 3`;
    /** The definition, by hand from the daily rows and the competitors as they are now (streak: a solve that day and the day before). */
    const scopesFromDaily = () =>
      h.prisma.$queryRaw<ScopeRow[]>`
        SELECT c.coach_id::text AS coach, c.division::text AS division, to_char(d.day, 'YYYY-MM-DD') AS day, sum(d.solves)::int AS solves,
               sum(d.points)::int AS points, (count(*) FILTER (WHERE d.solves > 0 OR d.accessed))::int AS active,
               (count(*) FILTER (WHERE d.solves > 0 AND EXISTS (SELECT 1 FROM competitor_daily_activity p
                 WHERE p.syned_user_id = d.syned_user_id AND p.day = d.day - 1 AND p.solves > 0)))::int AS "onStreak"
        FROM competitor_daily_activity d JOIN competitors c ON c.game_platform_id = d.syned_user_id
        GROUP BY 1, 2, 3 ORDER BY 1, 2, 3`;
    const teams = () =>
      h.prisma.$queryRaw<{ team: string; day: string; solves: number }[]>`
        SELECT team_id::text AS team, to_char(day, 'YYYY-MM-DD') AS day, sum(solves)::int AS solves
        FROM team_daily_activity GROUP BY 1, 2 HAVING sum(solves) <> 0 ORDER BY 1, 2`;
    const teamsFromDaily = () =>
      h.prisma.$queryRaw<{ team: string; day: string; solves: number }[]>`
        SELECT m.team_id::text AS team, to_char(d.day, 'YYYY-MM-DD') AS day, sum(d.solves)::int AS solves
        FROM competitor_daily_activity d JOIN competitors c ON c.game_platform_id = d.syned_user_id JOIN team_memberships m ON m.competitor_id = c.id
        WHERE d.solves > 0 GROUP BY 1, 2 ORDER BY 1, 2`;
    const unfolded = async () =>
      (await h.prisma.scopeDailyActivity.count({ where: { merged: false } })) + (await h.prisma.teamDailyActivity.count({ where: { merged: false } }));

    it('the sync and the sweep leave them folded and equal to the daily rows summed per coach, division and day', async () => {
      expect(await unfolded()).toBe(0);
      const kept = await scopes();
      expect(kept.some((row) => row.onStreak > 0)).toBe(true);
      expect(kept).toEqual(await scopesFromDaily());
    });

    it("follow a competitor changing coach and division, team membership changes and a deletion, folded or not, and equal the migration's backfill", async () => {
      const otherCoach = await h.prisma.coach.create({ data: { email: `other-${coachId}@example.test`, firstName: 'Other', lastName: 'Coach' } });
      const [teamA, teamB] = await Promise.all(
        ['A', 'B'].map((name) => h.prisma.team.create({ data: { coachId: coachId, name: `Team ${name}`, division: 'high_school', affiliation: 'School' } })),
      );
      await h.prisma.teamMembership.createMany({ data: [0, 1, 3].map((i) => ({ teamId: teamA.id, competitorId: competitors[i].id })) });
      await h.prisma.competitor.update({ where: { id: competitors[2].id }, data: { coachId: otherCoach.id, division: 'college' } });
      await h.prisma.teamMembership.update({ where: { competitorId: competitors[1].id }, data: { teamId: teamB.id } });
      await h.prisma.teamMembership.delete({ where: { competitorId: competitors[3].id } });
      await h.prisma.competitor.delete({ where: { id: competitors[4].id } });
      competitors.splice(4, 1);
      expect(await unfolded()).toBeGreaterThan(0);
      expect(await scopes()).toEqual(await scopesFromDaily());
      expect(await teams()).toEqual(await teamsFromDaily());
      expect((await teams()).map((row) => row.team)).toEqual(expect.arrayContaining([teamA.id, teamB.id]));

      await h.prisma.$executeRaw`SELECT compact_activity_rollups()`;
      expect(await unfolded()).toBe(0);
      const [keptScopes, keptTeams] = [await scopes(), await teams()];
      expect(keptScopes).toEqual(await scopesFromDaily());
      expect(keptTeams).toEqual(await teamsFromDaily());

      const migration = readFileSync(join(__dirname, '../../prisma/migrations/20261127170000_activity_rollups/migration.sql'), 'utf8');
      await h.prisma.$executeRaw`DELETE FROM scope_daily_activity`;
      await h.prisma.$executeRaw`DELETE FROM team_daily_activity`;
      const backfill = migration.slice(migration.indexOf('-- Backfill: one merged row'));
      for (const statement of backfill.split(';').filter((part) => part.replace(/--.*$/gm, '').trim())) await h.prisma.$executeRawUnsafe(statement);
      expect(await scopes()).toEqual(keptScopes);
      expect(await teams()).toEqual(keptTeams);
    });
  });

  it("the active-day bitmaps the trigger kept equal those the bitmap migration's backfill builds from the aggregates", async () => {
    const bitmaps = () =>
      h.prisma.$queryRaw<{ u: string; firstDay: string; days: string }[]>`
        SELECT syned_user_id::text AS u, to_char(first_day, 'YYYY-MM-DD') AS "firstDay", days::text AS days FROM competitor_active_days ORDER BY 1`;
    const kept = await bitmaps();
    expect(kept).toHaveLength(competitors.length);
    const migration = readFileSync(join(__dirname, '../../prisma/migrations/20261127160000_competitor_active_days/migration.sql'), 'utf8');
    await h.prisma.$executeRaw`DELETE FROM competitor_active_days`;
    await h.prisma.$executeRawUnsafe(migration.slice(migration.indexOf('-- Backfill')));
    expect(await bitmaps()).toEqual(kept);
  });

  it("the migration's backfill rebuilds the solve history from stored solves, and the last known access day", async () => {
    const snapshot = () =>
      h.prisma.$queryRaw<{ u: string; day: string; solves: number; points: number; accessed: boolean }[]>`
        SELECT syned_user_id::text AS u, to_char(day, 'YYYY-MM-DD') AS day, solves, points, accessed
        FROM competitor_daily_activity ORDER BY 1, 2`;
    const before = await snapshot();
    const migration = readFileSync(join(__dirname, '../../prisma/migrations/20261127141614_dashboard_daily_activity/migration.sql'), 'utf8');
    const backfill = migration.slice(migration.indexOf('-- Backfill'));
    await h.prisma.$executeRaw`DELETE FROM competitor_daily_activity`;
    for (const statement of backfill.split(';').filter((s) => s.replace(/--.*$/gm, '').trim())) await h.prisma.$executeRawUnsafe(statement);
    const after = await snapshot();

    const solveDays = (rows: typeof before) => rows.filter((r) => r.solves > 0).map(({ u, day, solves, points }) => ({ u, day, solves, points }));
    expect(solveDays(after)).toEqual(solveDays(before));
    // Only the latest access survives in the stats, so the backfill knows that day alone.
    const lastAccessDay = (rows: typeof before) => [...new Map(rows.filter((r) => r.accessed).map((r) => [r.u, r.day])).entries()].sort();
    expect(lastAccessDay(after)).toEqual(lastAccessDay(before));
    expect(after.filter((r) => r.accessed)).toHaveLength(lastAccessDay(before).length);
  });

  it('the statement triggers set the bits of days written in any order, before the first day, past the last one, and by updates', async () => {
    const synedUserId = randomUUID();
    const extra = await h.prisma.competitor.create({ data: { coachId, firstName: 'Bit', lastName: 'Map', gamePlatformId: synedUserId } });
    const write = (rows: [string, number, boolean][]) =>
      h.prisma.$executeRaw`
        INSERT INTO competitor_daily_activity AS d (syned_user_id, day, solves, points, accessed)
        SELECT ${synedUserId}::uuid, day, solves, solves * 10, accessed
        FROM unnest(${rows.map((r) => r[0])}::date[], ${rows.map((r) => r[1])}::int[], ${rows.map((r) => r[2])}::bool[]) AS t(day, solves, accessed)
        ON CONFLICT (syned_user_id, day) DO UPDATE SET solves = d.solves + EXCLUDED.solves, accessed = d.accessed OR EXCLUDED.accessed`;
    await write([
      ['2026-05-10', 1, false],
      ['2026-05-03', 2, false],
      ['2026-05-07', 0, false],
    ]);
    expect(await activeDays(synedUserId)).toEqual(['2026-05-03', '2026-05-10']);
    await write([
      ['2026-05-20', 1, false],
      ['2026-04-28', 0, true],
      ['2026-05-07', 0, true],
      ['2026-05-10', 3, false],
    ]);
    expect(await activeDays(synedUserId)).toEqual(['2026-04-28', '2026-05-03', '2026-05-07', '2026-05-10', '2026-05-20']);
    await h.prisma.competitor.delete({ where: { id: extra.id } });
  });
});

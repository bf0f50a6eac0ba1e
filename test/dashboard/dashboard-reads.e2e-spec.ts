import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PrismaService } from '@app/persistence';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { mintToken } from '../../apps/api/src/auth';
import { injectChecked } from '../support/contract';
import { TEST_JWT_SECRET, TestEnvironment, useTestEnvironment } from '../support/environment';
import { DashboardWorld, seedDashboardWorld } from './dashboard-fixture';

/** A JSON answer, read field by field against the fixture. */
type Body = Record<string, any>;

const RANGE = 'from=2026-03-10&to=2026-03-16';
const DAYS = ['2026-03-10', '2026-03-11', '2026-03-12', '2026-03-13', '2026-03-14', '2026-03-15', '2026-03-16'];
const sparkline = (values: number[]) => values.map((value, index) => ({ day: DAYS[index], value }));

describe('dashboard reads (PostgreSQL, hand-computed fixture)', () => {
  let env: TestEnvironment;
  let api: NestFastifyApplication;
  let prisma: PrismaService;
  let w: DashboardWorld;

  beforeAll(async () => {
    env = await useTestEnvironment('dashboard-reads');
    api = await createApiApp();
    await api.init();
    prisma = api.get(PrismaService);
    w = await seedDashboardWorld(prisma);
  });

  afterAll(async () => {
    await api?.close();
    await env?.teardown();
  });

  const get = async (url: string, token: string): Promise<{ status: number; body: Body }> => {
    const response = await injectChecked(api, { method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
    return { status: response.statusCode, body: response.json() };
  };
  const ok = async (url: string, token: string): Promise<Body> => {
    const { status, body } = await get(url, token);
    expect({ url, status }).toEqual({ url, status: 200 });
    return body;
  };

  describe('GET /dashboard/overview', () => {
    it("a coach's five cards: values, previous period, deltas and daily sparklines across the range boundary", async () => {
      const body = await ok(`/dashboard/overview?${RANGE}`, w.coachA.token);
      expect(body).toMatchObject({
        state: 'ready',
        lastUpdated: '2026-03-16T12:00:00.000Z',
        filter: { coachId: w.coachA.id, division: null, from: '2026-03-10', to: '2026-03-16' },
      });
      expect(body.kpis).toEqual({
        // u1 on 10, 11, 12 (solves) and 13 (access); u2 on 14 and 16. Before: u1 on 8 and 9, u2 accessed on the 4th.
        activeOnPlatform: { value: 2, previous: 2, delta: 0, deltaPct: 0, sparkline: sparkline([1, 1, 1, 1, 1, 0, 1]) },
        // A1 (1st), A3 (5th) before the range; A2 on the 12th.
        registeredCompetitors: { value: 3, previous: 2, delta: 1, deltaPct: 50, sparkline: sparkline([2, 2, 3, 3, 3, 3, 3]) },
        teamEnrollment: { value: 2, previous: 1, delta: 1, deltaPct: 100, sparkline: sparkline([1, 1, 1, 2, 2, 2, 2]) },
        // 23:59:59 on the 9th counts before the range, 00:00:00 on the 10th inside it.
        totalChallengesSolved: { value: 6, previous: 2, delta: 4, deltaPct: 200, sparkline: sparkline([1, 2, 1, 0, 1, 0, 1]) },
        // f1 (u1 3 solved, u2 0 solved: not a participant) and f2 (u1); before: f0 (u1).
        monthlyCtfParticipation: { value: 1, previous: 1, delta: 0, deltaPct: 0, sparkline: sparkline([0, 0, 0, 0, 1, 0, 1]) },
      });
    });

    it('an admin over everything, with a coach filter, and with a division filter', async () => {
      const all = await ok(`/dashboard/overview?${RANGE}`, w.adminToken);
      expect(all.lastUpdated).toBe('2026-03-16T12:00:00.000Z');
      expect(all.kpis.totalChallengesSolved).toEqual({ value: 8, previous: 2, delta: 6, deltaPct: 300, sparkline: sparkline([1, 2, 1, 0, 1, 1, 2]) });
      expect(all.kpis.activeOnPlatform).toMatchObject({ value: 3, previous: 2, delta: 1, deltaPct: 50 });
      expect(all.kpis.registeredCompetitors).toMatchObject({ value: 4, previous: 2, delta: 2, deltaPct: 100 });
      expect(all.kpis.teamEnrollment).toMatchObject({ value: 3, previous: 1, delta: 2, deltaPct: 200 });
      expect(all.kpis.monthlyCtfParticipation).toMatchObject({ value: 2, previous: 1, delta: 1, deltaPct: 100 });

      const coachB = await ok(`/dashboard/overview?${RANGE}&coachId=${w.coachB.id}`, w.adminToken);
      // Coach B's only sync failed: the data shown comes from the totals refresh on the 14th.
      expect(coachB).toMatchObject({ state: 'ready', lastUpdated: '2026-03-14T00:00:00.000Z', filter: { coachId: w.coachB.id } });
      expect(coachB.kpis.totalChallengesSolved).toEqual({ value: 2, previous: 0, delta: 2, deltaPct: null, sparkline: sparkline([0, 0, 0, 0, 0, 1, 1]) });

      const college = await ok(`/dashboard/overview?${RANGE}&division=college`, w.adminToken);
      expect(college.kpis).toEqual(coachB.kpis);
    });

    it("a coach asking for another coach's data gets 404; their own id is fine", async () => {
      expect((await get(`/dashboard/overview?coachId=${w.coachB.id}`, w.coachA.token)).status).toBe(404);
      expect((await get(`/dashboard/overview?coachId=${w.coachA.id}&${RANGE}`, w.coachA.token)).body.kpis.totalChallengesSolved.value).toBe(6);
    });

    it('bad filters answer 400 naming the field', async () => {
      for (const [query, field] of [
        ['from=2026-13-01', 'from'],
        ['to=2026-02-30', 'to'],
        ['from=2026-03-16&to=2026-03-10', 'from'],
        ['division=kindergarten', 'division'],
        ['coachId=nope', 'coachId'],
      ]) {
        const { status, body } = await get(`/dashboard/overview?${query}`, w.adminToken);
        expect({ query, status }).toEqual({ query, status: 400 });
        expect(JSON.stringify(body)).toContain(field);
      }
    });

    it('empty states: no competitors, sync pending, no solves yet (never an error)', async () => {
      const fresh = await prisma.coach.create({ data: { email: 'fresh@example.test', firstName: 'Fay', lastName: 'Coach' } });
      const token = await mintToken(TEST_JWT_SECRET, { sub: fresh.id, role: 'coach' });
      const empty = await ok(`/dashboard/overview?${RANGE}`, token);
      expect(empty).toMatchObject({ state: 'no_competitors', lastUpdated: null });
      expect(empty.kpis.totalChallengesSolved).toEqual({ value: 0, previous: 0, delta: 0, deltaPct: null, sparkline: sparkline([0, 0, 0, 0, 0, 0, 0]) });

      const synedUserId = '00000000-0000-4000-8000-00000000f001';
      const competitor = await prisma.competitor.create({
        data: { coachId: fresh.id, firstName: 'Finn', lastName: 'Student', gamePlatformId: synedUserId, status: 'complete' },
      });
      expect((await ok(`/dashboard/overview?${RANGE}`, token)).state).toBe('sync_pending');
      await prisma.gamePlatformSyncState.create({ data: { synedUserId, lastAttemptAt: new Date(), lastResult: 'success' } });
      expect((await ok(`/dashboard/overview?${RANGE}`, token)).state).toBe('no_solves_yet');
      expect((await ok(`/dashboard/flash-ctf?${RANGE}`, token)).state).toBe('no_flash_ctf_yet');
      expect((await ok(`/dashboard/teams?${RANGE}`, token)).state).toBe('no_teams');
      expect((await ok(`/dashboard/timeline?${RANGE}`, token)).state).toBe('no_solves_yet');
      await prisma.competitor.delete({ where: { id: competitor.id } });
    });
  });

  describe('GET /dashboard/flash-ctf', () => {
    it('pace per competitor: challenges cumulative over the events of the range', async () => {
      const body = await ok(`/dashboard/flash-ctf?${RANGE}`, w.coachA.token);
      expect(body).toMatchObject({ state: 'ready', mode: 'pace', groupBy: 'competitor', totalSeries: 2 });
      expect(body.events.map((e: Body) => [e.eventId, e.participants])).toEqual([
        ['f1', 1],
        ['f2', 1],
      ]);
      expect(body.series).toEqual([
        { id: w.competitors.A1, name: 'Anna Student', values: [3, 5], total: 5 },
        { id: w.competitors.A2, name: 'Arne Student', values: [0, 0], total: 0 },
      ]);
    });

    it('absolute score per event; null where the competitor did not take part', async () => {
      const body = await ok(`/dashboard/flash-ctf?${RANGE}&mode=absolute`, w.coachA.token);
      expect(body.series.map((s: Body) => [s.name, s.values, s.total])).toEqual([
        ['Anna Student', [300, 150], 450],
        ['Arne Student', [0, null], 0],
      ]);
    });

    it('aggregated by team and by coach, and limited to the leading series', async () => {
      const teams = await ok(`/dashboard/flash-ctf?${RANGE}&groupBy=team`, w.adminToken);
      expect(teams.series.map((s: Body) => [s.name, s.values])).toEqual([
        ['Alpha', [3, 5]],
        ['Bravo', [2, 2]],
      ]);
      const coaches = await ok(`/dashboard/flash-ctf?${RANGE}&groupBy=coach&mode=absolute`, w.adminToken);
      expect(coaches.series.map((s: Body) => [s.id, s.values])).toEqual([
        [w.coachA.id, [300, 150]],
        [w.coachB.id, [250, null]],
      ]);
      const top = await ok(`/dashboard/flash-ctf?${RANGE}&limit=1`, w.adminToken);
      expect(top).toMatchObject({ totalSeries: 3, series: [{ name: 'Anna Student', values: [3, 5] }] });
    });

    it('bad mode or groupBy: 400 naming the field', async () => {
      for (const [query, field] of [
        ['mode=fast', 'mode'],
        ['groupBy=school', 'groupBy'],
        ['limit=0', 'limit'],
      ]) {
        const { status, body } = await get(`/dashboard/flash-ctf?${query}`, w.adminToken);
        expect(status).toBe(400);
        expect(JSON.stringify(body)).toContain(field);
      }
    });
  });

  describe('GET /dashboard/teams and /dashboard/teams/{id}', () => {
    const alpha = () => ({
      id: w.teams.alpha,
      name: 'Alpha',
      division: 'high_school',
      coachId: w.coachA.id,
      members: 2,
      onboardedMembers: 2,
      averageScore: 350,
      challengesAllTime: 8,
      challengesInRange: 6,
      lastSync: '2026-03-14T08:00:00.000Z',
      remoteState: 'pending',
      syncError: null,
    });

    it("the matrix: a coach's teams; an admin's all, or one coach's", async () => {
      expect((await ok(`/dashboard/teams?${RANGE}`, w.coachA.token)).teams).toEqual([alpha()]);
      const all = await ok(`/dashboard/teams?${RANGE}`, w.adminToken);
      expect(all.teams).toEqual([
        alpha(),
        {
          id: w.teams.bravo,
          name: 'Bravo',
          division: 'college',
          coachId: w.coachB.id,
          members: 1,
          onboardedMembers: 1,
          averageScore: 400,
          challengesAllTime: 2,
          challengesInRange: 2,
          lastSync: null,
          remoteState: 'pending',
          syncError: null,
        },
      ]);
      expect((await ok(`/dashboard/teams?${RANGE}&coachId=${w.coachB.id}`, w.adminToken)).teams.map((t: Body) => t.name)).toEqual(['Bravo']);
    });

    it('the drawer: members by score with challenges, last activity and membership badge', async () => {
      const body = await ok(`/dashboard/teams/${w.teams.alpha}?${RANGE}`, w.coachA.token);
      expect(body.team).toEqual(alpha());
      expect(body.members).toEqual([
        {
          competitorId: w.competitors.A1,
          firstName: 'Anna',
          lastName: 'Student',
          onGamePlatform: true,
          score: 600,
          challenges: 6,
          challengesInRange: 4,
          lastActivity: '2026-03-13T18:00:00.000Z',
          membership: 'synced',
          membershipError: null,
        },
        {
          competitorId: w.competitors.A2,
          firstName: 'Arne',
          lastName: 'Student',
          onGamePlatform: true,
          score: 100,
          challenges: 2,
          challengesInRange: 2,
          lastActivity: '2026-03-16T10:00:00.000Z',
          membership: 'pending',
          membershipError: null,
        },
      ]);
    });

    it("another coach's team is 404 to a coach, visible to an admin; a bad id is 400", async () => {
      expect((await get(`/dashboard/teams/${w.teams.alpha}`, w.coachB.token)).status).toBe(404);
      expect((await ok(`/dashboard/teams/${w.teams.alpha}`, w.adminToken)).members).toHaveLength(2);
      const bad = await get('/dashboard/teams/not-a-uuid', w.adminToken);
      expect(bad.status).toBe(400);
      expect(JSON.stringify(bad.body)).toContain('id');
    });
  });

  describe('GET /dashboard/access-alerts', () => {
    it("a coach's onboarding problems, inactive logins (never first) and pending memberships", async () => {
      const body = await ok('/dashboard/access-alerts', w.coachA.token);
      expect(body).toMatchObject({ state: 'ready', inactiveDays: 14 });
      expect(body.onboardingProblems).toEqual({
        total: 1,
        items: [
          {
            competitorId: w.competitors.A3,
            firstName: 'Alma',
            lastName: 'Student',
            coachId: w.coachA.id,
            since: '2026-03-15T09:00:00.000Z',
            message: expect.stringContaining("change the competitor's email"),
          },
        ],
      });
      expect(body.scoreSyncProblems).toEqual({ total: 0, items: [] });
      const days = Math.floor((Date.now() - Date.parse('2026-03-13T18:00:00Z')) / 86_400_000);
      expect(body.inactiveLogins).toEqual({
        total: 2,
        items: [
          {
            competitorId: w.competitors.A2,
            firstName: 'Arne',
            lastName: 'Student',
            coachId: w.coachA.id,
            lastAccessAt: null,
            daysInactive: null,
            message: expect.stringContaining('never signed in'),
          },
          {
            competitorId: w.competitors.A1,
            firstName: 'Anna',
            lastName: 'Student',
            coachId: w.coachA.id,
            lastAccessAt: '2026-03-13T18:00:00.000Z',
            daysInactive: days,
            message: expect.stringContaining(`for ${days} days`),
          },
        ],
      });
      expect(body.pendingMemberships).toMatchObject({
        total: 1,
        items: [
          {
            competitorId: w.competitors.A2,
            teamId: w.teams.alpha,
            teamName: 'Alpha',
            state: 'pending',
            message: expect.stringContaining('Waiting for the team sync'),
          },
        ],
      });
    });

    it('score-sync problems get an actionable sentence, not the vendor message; the threshold and limit apply', async () => {
      const body = await ok('/dashboard/access-alerts?inactiveDays=365&limit=1', w.adminToken);
      expect(body.scoreSyncProblems).toEqual({
        total: 1,
        items: [
          {
            competitorId: w.competitors.B1,
            firstName: 'Bea',
            lastName: 'Student',
            coachId: w.coachB.id,
            since: '2026-03-15T10:00:00.000Z',
            message: expect.stringContaining('no longer knows'),
          },
        ],
      });
      expect(JSON.stringify(body.scoreSyncProblems)).not.toContain('Not Found');
      expect(body.inactiveLogins).toMatchObject({ total: 1, items: [{ competitorId: w.competitors.A2 }] });
      expect(body.pendingMemberships.total).toBe(2);
      expect(body.pendingMemberships.items).toHaveLength(1);
      expect((await get('/dashboard/access-alerts?inactiveDays=0', w.adminToken)).status).toBe(400);
    });
  });

  describe('GET /dashboard/timeline', () => {
    it("per day: registrations, onboardings, team edits, solves, streaks and Flash CTF participation of a coach's competitors", async () => {
      const body = await ok(`/dashboard/timeline?${RANGE}`, w.coachA.token);
      expect(body).toMatchObject({ state: 'ready', bucket: 'day', lastUpdated: '2026-03-16T12:00:00.000Z' });
      const column = (name: string) => body.points.map((p: Body) => p[name]);
      expect(body.points.map((p: Body) => p.start)).toEqual(DAYS);
      expect(column('registrations')).toEqual([0, 0, 1, 0, 0, 0, 0]);
      expect(column('onboardings')).toEqual([0, 0, 0, 1, 0, 0, 0]);
      expect(column('teamEdits')).toEqual([0, 0, 1, 1, 0, 0, 0]);
      expect(column('challengeSolves')).toEqual([1, 2, 1, 0, 1, 0, 1]);
      // u1 solved on 8..12 every day: on a streak on the 10th (the 9th is before the range), 11th and 12th.
      expect(column('competitorsOnStreak')).toEqual([1, 1, 1, 0, 0, 0, 0]);
      expect(column('flashCtfParticipants')).toEqual([0, 0, 0, 0, 1, 0, 1]);
    });

    it('per ISO week: the Monday-to-Sunday weeks cut by the range, streaks counted once per competitor', async () => {
      const body = await ok(`/dashboard/timeline?${RANGE}&bucket=week`, w.adminToken);
      expect(body.points).toEqual([
        { start: '2026-03-09', days: 6, registrations: 2, onboardings: 2, teamEdits: 3, challengeSolves: 6, competitorsOnStreak: 1, flashCtfParticipants: 2 },
        { start: '2026-03-16', days: 1, registrations: 0, onboardings: 0, teamEdits: 0, challengeSolves: 2, competitorsOnStreak: 1, flashCtfParticipants: 1 },
      ]);
      expect((await get('/dashboard/timeline?bucket=month', w.adminToken)).status).toBe(400);
    });
  });

  describe('GET /dashboard/activity', () => {
    const pages = async (token: string, limit: number) => {
      const seen: Body[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 20; page++) {
        const body: Body = await ok(`/dashboard/activity?${RANGE}&limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`, token);
        expect(body.items.length).toBeLessThanOrEqual(limit);
        seen.push(...body.items);
        cursor = body.nextCursor;
        if (!cursor) return seen;
      }
      throw new Error('more pages than events');
    };

    it("a coach's events, newest first, with actionable failure messages", async () => {
      const body = await ok(`/dashboard/activity?${RANGE}`, w.coachA.token);
      expect(body.nextCursor).toBeNull();
      expect(body.items.map((e: Body) => [e.kind, e.at])).toEqual([
        ['onboarding_failed', '2026-03-15T09:00:00.000Z'],
        ['competitor_onboarded', '2026-03-13T10:00:00.000Z'],
        ['team_edited', '2026-03-13T09:00:00.000Z'],
        ['competitor_registered', '2026-03-12T10:00:00.000Z'],
        ['team_edited', '2026-03-12T09:00:00.000Z'],
      ]);
      expect(body.items[0]).toMatchObject({
        competitor: { id: w.competitors.A3, name: 'Alma Student' },
        team: null,
        message: expect.stringContaining('already registered'),
      });
      expect(body.items[2]).toMatchObject({ team: { id: w.teams.alpha, name: 'Alpha' }, message: 'Alpha: member added' });
    });

    it('admins also see sync runs and score-sync failures; pages of any size join up without gaps or repeats', async () => {
      const all = (await ok(`/dashboard/activity?${RANGE}&limit=100`, w.adminToken)).items as Body[];
      expect(all.map((e) => e.kind).sort()).toEqual(
        [
          'competitor_onboarded',
          'competitor_onboarded',
          'competitor_registered',
          'competitor_registered',
          'onboarding_failed',
          'score_sync_failed',
          'sync_run',
          'team_edited',
          'team_edited',
          'team_edited',
        ].sort(),
      );
      expect(all.find((e) => e.kind === 'sync_run')?.message).toBe('Score sync succeeded: 3 competitors, 2 with new data, 0 errors');
      expect(all.find((e) => e.kind === 'score_sync_failed')?.message).toContain('no longer knows');
      // B1's registration and team Bravo's creation share 2026-03-11T08:00: the id breaks the tie.
      const times = all.map((e) => Date.parse(e.at));
      expect(times).toEqual([...times].sort((a, b) => b - a));
      for (const limit of [1, 3, 4]) expect((await pages(w.adminToken, limit)).map((e) => e.id)).toEqual(all.map((e) => e.id));
    });

    it('a cursor that is not one of ours is a 400 naming it', async () => {
      const { status, body } = await get('/dashboard/activity?cursor=garbage', w.adminToken);
      expect(status).toBe(400);
      expect(JSON.stringify(body)).toContain('cursor');
    });
  });
});

import { CHALLENGES, type SimulatorHandle, seededUserProfile, simulatedUserId, startSimulator } from '../../apps/game-platform-sim/src';
import { vendorCall } from './vendor-http';

interface OdlScores {
  syned_user_id: string;
  challenges_completed: number;
  total_score: number;
  monthly_ctf_challenges: number;
  last_accessed_unix: number | null;
  challenge_solves: { challenge_solve_id: number; challenge_id: number; challenge_points: number; timestamp_unix: number }[];
}

describe('simulator behaves like the vendor', () => {
  let sim: SimulatorHandle;
  const user = simulatedUserId(0);

  beforeAll(async () => {
    sim = await startSimulator({ users: 12, seed: 42, basePath: '/integrations/syned/v1' });
  });

  afterAll(async () => {
    await sim?.close();
  });

  async function odl(synedUserId: string, afterTimeUnix?: number): Promise<OdlScores> {
    const query: Record<string, string | number> = { syned_user_id: synedUserId };
    if (afterTimeUnix !== undefined) query.after_time_unix = afterTimeUnix;
    const response = await vendorCall(sim, 'GET', '/scores/get_odl_scores', { query });
    expect(response.status).toBe(201);
    return response.body as OdlScores;
  }

  const points = (solves: OdlScores['challenge_solves']) => solves.reduce((sum, s) => sum + s.challenge_points, 0);

  describe('seeded dataset', () => {
    it('serves the contract under the configured base path and exposes seeded profiles', async () => {
      expect(sim.url).toMatch(/\/integrations\/syned\/v1$/);
      const response = await vendorCall(sim, 'GET', '/users', { query: { syned_user_id: user } });
      const profile = seededUserProfile(0);
      expect(response.body).toMatchObject({
        syned_user_id: user,
        first_name: profile.firstName,
        last_name: profile.lastName,
        email: profile.email,
        role: 'user',
        syned_team_id: null,
      });
    });

    it('is deterministic for a seed and has the 403-challenge catalogue across 9 domains', async () => {
      expect(CHALLENGES).toHaveLength(403);
      expect(new Set(CHALLENGES.map((c) => c.category)).size).toBe(9);
      const other = await startSimulator({ users: 12, seed: 42, anchorUnix: (await sim.control.state()).dataset.anchorUnix });
      try {
        for (const index of [0, 5, 11]) {
          const mine = await sim.control.solves(simulatedUserId(index));
          const theirs = await other.control.solves(simulatedUserId(index));
          expect(theirs).toEqual(mine);
        }
      } finally {
        await other.close();
      }
    });

    it('scales to 10,000 seeded users (the benchmark size)', async () => {
      const big = await startSimulator({ users: 10_000 });
      try {
        expect((await big.control.state()).users).toBe(10_000);
      } finally {
        await big.close();
      }
    });
  });

  describe('get_odl_scores', () => {
    const target = simulatedUserId(3);
    let base: number;

    beforeAll(async () => {
      await sim.control.reset();
      base = (await sim.control.clock()).nowUnix - 600;
      await sim.control.addSolves(target, [
        { timestampUnix: base - 10 },
        { timestampUnix: base },
        { timestampUnix: base + 5 },
        { timestampUnix: base + 5 },
        { timestampUnix: base + 5 },
        { timestampUnix: base + 9 },
      ]);
    });

    it('after_time_unix is strictly greater and the aggregates cover the returned solves only', async () => {
      const filtered = await odl(target, base);
      expect(filtered.challenge_solves.map((s) => s.timestamp_unix).sort()).toEqual([base + 5, base + 5, base + 5, base + 9]);
      expect(filtered.challenges_completed).toBe(4);
      expect(filtered.total_score).toBe(points(filtered.challenge_solves));

      const totals = await odl(target);
      const everything = await sim.control.solves(target);
      expect(totals.challenges_completed).toBe(everything.length);
      expect(totals.total_score).toBe(points(totals.challenge_solves));
      expect(totals.challenges_completed).toBeGreaterThan(filtered.challenges_completed);
      expect(totals.last_accessed_unix).toBeGreaterThanOrEqual(base + 9);
    });

    it('several solves share one second, each with its own id', async () => {
      const sameSecond = (await odl(target, base + 4)).challenge_solves.filter((s) => s.timestamp_unix === base + 5);
      expect(sameSecond).toHaveLength(3);
      expect(new Set(sameSecond.map((s) => s.challenge_solve_id)).size).toBe(3);
      expect(await odl(target, base + 5)).toMatchObject({ challenges_completed: 1 });
    });

    it('answers in a shuffled but stable order', async () => {
      const first = (await odl(target)).challenge_solves.map((s) => s.challenge_solve_id);
      const second = (await odl(target)).challenge_solves.map((s) => s.challenge_solve_id);
      expect(second).toEqual(first);
      expect(first).not.toEqual([...first].sort((a, b) => a - b));
    });

    it('counts monthly_ctf_challenges as returned solves of the current month', async () => {
      const totals = await odl(target);
      const now = new Date((await sim.control.clock()).nowUnix * 1000);
      const monthStart = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) / 1000;
      expect(totals.monthly_ctf_challenges).toBe(totals.challenge_solves.filter((s) => s.timestamp_unix >= monthStart).length);
    });

    it('a late-visible solve appears only once the clock passes visible_at', async () => {
      const lateUser = simulatedUserId(4);
      const now = (await sim.control.clock()).nowUnix;
      const [late] = await sim.control.addSolves(lateUser, [{ timestampUnix: now - 30, visibleAfterSeconds: 180 }]);
      const cursor = now - 60;
      expect((await odl(lateUser, cursor)).challenge_solves).toEqual([]);
      await sim.control.advanceClock(200);
      const after = await odl(lateUser, cursor);
      expect(after.challenge_solves.map((s) => s.challenge_solve_id)).toEqual([late.challenge_solve_id]);
      expect(after.challenge_solves[0].timestamp_unix).toBe(now - 30);
    });

    it('solve ids are global and increasing', async () => {
      const [a] = await sim.control.addSolves(simulatedUserId(5), 1);
      const [b] = await sim.control.addSolves(simulatedUserId(6), 1);
      expect(b.challenge_solve_id).toBeGreaterThan(a.challenge_solve_id);
    });
  });

  describe('users, teams and assignments', () => {
    const coach = 'c0ac0000-0000-4000-8000-0000000000aa';
    const teamA = '7ea70000-0000-4000-8000-00000000000a';
    const teamB = '7ea70000-0000-4000-8000-00000000000b';
    const member = simulatedUserId(7);

    beforeAll(async () => {
      await sim.control.reset();
      await vendorCall(sim, 'POST', '/users', {
        body: { first_name: 'Pat', last_name: 'Coach', email: 'pat@example.test', role: 'coach', syned_user_id: coach },
      });
      for (const id of [teamA, teamB]) {
        const created = await vendorCall(sim, 'POST', '/teams', {
          body: { syned_team_id: id, syned_coach_user_id: coach, name: `Team ${id.slice(-1)}`, division: 'college', affiliation: 'Uni' },
        });
        expect(created.status).toBe(201);
      }
    });

    it('distinguishes "user already exists" from "email already registered"', async () => {
      const profile = seededUserProfile(1);
      const body = {
        first_name: profile.firstName,
        last_name: profile.lastName,
        email: profile.email,
        role: 'user',
        syned_user_id: profile.synedUserId,
      };
      expect(await vendorCall(sim, 'POST', '/users', { body })).toMatchObject({ status: 409, body: { detail: 'User already exists' } });
      const sameEmail = { ...body, syned_user_id: 'a0000000-0000-4000-8000-000000000001', email: profile.email.toUpperCase() };
      expect(await vendorCall(sim, 'POST', '/users', { body: sameEmail })).toMatchObject({
        status: 409,
        body: { detail: 'Email already registered' },
      });
    });

    it('a team needs an existing coach', async () => {
      const team = { syned_team_id: 'nope', name: 'N', division: 'college', affiliation: 'A' };
      const byCompetitor = await vendorCall(sim, 'POST', '/teams', { body: { ...team, syned_coach_user_id: member } });
      const byStranger = await vendorCall(sim, 'POST', '/teams', { body: { ...team, syned_coach_user_id: 'ghost' } });
      expect(byCompetitor).toMatchObject({ status: 404, body: { detail: 'Coach not found' } });
      expect(byStranger.status).toBe(404);
      expect(await vendorCall(sim, 'POST', '/teams', { body: { ...team, syned_team_id: teamA, syned_coach_user_id: coach } })).toMatchObject({
        status: 409,
      });
    });

    it('a user is on one team: assigning moves, null unassigns, and deletion needs an empty team', async () => {
      await vendorCall(sim, 'POST', '/users/assign_team', { body: { syned_user_id: member, syned_team_id: teamA } });
      const moved = await vendorCall(sim, 'POST', '/users/assign_team', { body: { syned_user_id: member, syned_team_id: teamB } });
      expect(moved).toMatchObject({ status: 200, body: { syned_user_id: member, syned_team_id: teamB } });
      expect((await sim.control.team(teamA)).members).toEqual([]);
      expect((await sim.control.team(teamB)).members.map((m) => m.syned_user_id)).toEqual([member]);

      const all = await vendorCall(sim, 'GET', '/users/get_team_assignments');
      expect(all).toMatchObject({ status: 201, body: { total_count: 1, assignments: [{ syned_user_id: member, syned_team_id: teamB }] } });
      expect(await vendorCall(sim, 'GET', '/users', { query: { syned_user_id: member } })).toMatchObject({
        body: { syned_team_id: teamB },
      });

      expect(await vendorCall(sim, 'POST', '/teams/delete', { body: { syned_team_id: teamB } })).toMatchObject({
        status: 409,
        body: { detail: 'Team has members' },
      });
      const unassigned = await vendorCall(sim, 'POST', '/users/assign_team', { body: { syned_user_id: member, syned_team_id: null } });
      expect(unassigned).toMatchObject({ status: 200, body: { syned_team_id: null } });
      expect(await vendorCall(sim, 'GET', '/users/get_team_assignments', { query: { syned_team_id: teamB } })).toMatchObject({
        body: { total_count: 0, assignments: [] },
      });
      expect(await vendorCall(sim, 'POST', '/teams/delete', { body: { syned_team_id: teamB } })).toMatchObject({
        status: 200,
        body: { status: 'deleted' },
      });
    });
  });

  describe('auth and validation', () => {
    it('answers 401 without or with a wrong bearer token', async () => {
      expect(await vendorCall(sim, 'GET', '/', { token: null })).toMatchObject({ status: 401, body: { detail: 'Not authenticated' } });
      const wrong = await vendorCall(sim, 'GET', '/scores/get_odl_scores', { token: 'guess', query: { syned_user_id: 'x' } });
      expect(wrong.status).toBe(401);
      expect(typeof (wrong.body as { detail: unknown }).detail).toBe('string');
    });

    it('answers 422 with FastAPI-shaped detail arrays', async () => {
      const invalid = await vendorCall(sim, 'POST', '/users', {
        body: { first_name: '', email: 'not-an-email', role: 'admin', syned_user_id: 'x' },
      });
      expect(invalid.status).toBe(422);
      const detail = (invalid.body as { detail: { loc: unknown[]; msg: string; type: string }[] }).detail;
      expect(detail.map((d) => [d.loc.join('.'), d.type])).toEqual([
        ['body.first_name', 'string_too_short'],
        ['body.last_name', 'missing'],
        ['body.email', 'value_error'],
        ['body.role', 'enum'],
      ]);
      for (const d of detail) expect(typeof d.msg).toBe('string');

      const badJson = await vendorCall(sim, 'POST', '/teams', { rawBody: '{"syned_team_id":' });
      expect(badJson).toMatchObject({ status: 422, body: { detail: [{ type: 'json_invalid', loc: ['body', 0] }] } });
      const badQuery = await vendorCall(sim, 'GET', '/scores/get_odl_scores', { query: { after_time_unix: '12.5' } });
      expect(badQuery).toMatchObject({
        status: 422,
        body: {
          detail: [
            { loc: ['query', 'syned_user_id'], type: 'missing' },
            { loc: ['query', 'after_time_unix'], type: 'int_parsing' },
          ],
        },
      });
    });
  });

  describe('flash CTF events', () => {
    it('are global: every user sees the same events, with or without event_id', async () => {
      await sim.control.reset({ flashMonths: 0 });
      const a = simulatedUserId(1);
      const b = simulatedUserId(2);
      const now = (await sim.control.clock()).nowUnix;
      await sim.control.addFlashEvent({ eventId: 'flash-x', name: 'With id', progress: [{ synedUserId: a, challengesSolved: 3, score: 300, rank: 1 }] });
      const { key } = await sim.control.addFlashEvent({ name: 'Without id', startedAtUnix: now + 3600 });
      await sim.control.setFlashProgress(key, { synedUserId: b, challengesSolved: 1, score: 50 });

      const flash = async (id: string) =>
        (await vendorCall(sim, 'GET', '/scores/get_flash_ctf_progress', { query: { syned_user_id: id } })).body as {
          flash_ctfs: Record<string, unknown>[];
        };
      expect((await flash(a)).flash_ctfs).toEqual([expect.objectContaining({ event_id: 'flash-x', score: 300, rank: 1 })]);
      expect((await flash(b)).flash_ctfs).toEqual([expect.objectContaining({ event_id: 'flash-x', score: 0, rank: null })]);

      await sim.control.advanceClock(3601);
      const later = (await flash(b)).flash_ctfs;
      expect(later.map((e) => e.name)).toEqual(['With id', 'Without id']);
      expect(later[1]).not.toHaveProperty('event_id');
      expect(later[1]).toMatchObject({ challenges_solved: 1, score: 50 });
      expect((await flash(a)).flash_ctfs.map((e) => e.name)).toEqual(['With id', 'Without id']);
    });

    it('lists a user only the events they played when flashCtfVisibility is participants, until reset', async () => {
      await sim.control.reset({ flashMonths: 0 });
      const [a, b] = [simulatedUserId(0), simulatedUserId(1)];
      await sim.control.addFlashEvent({ eventId: 'played-by-a', progress: [{ synedUserId: a, challengesSolved: 2, score: 200 }] });
      const flash = async (id: string) => (await vendorCall(sim, 'GET', '/scores/get_flash_ctf_progress', { query: { syned_user_id: id } })).body;
      expect(await sim.control.setBehaviour({ flashCtfVisibility: 'participants' })).toEqual({ flashCtfVisibility: 'participants' });
      expect(await flash(a)).toEqual({ syned_user_id: a, flash_ctfs: [expect.objectContaining({ event_id: 'played-by-a', score: 200 })] });
      expect(await flash(b)).toEqual({ syned_user_id: b, flash_ctfs: [] });
      // The control API's truth is the same answer, and does not count as a vendor call.
      await sim.control.resetCounters();
      expect(await sim.control.flashProgress(b)).toEqual(await flash(b));
      expect(await sim.control.count('GET /scores/get_flash_ctf_progress')).toBe(1);
      await expect(sim.control.setBehaviour({ flashCtfVisibility: 'nobody' as 'all' })).rejects.toMatchObject({
        status: 400,
        body: { detail: 'body.flashCtfVisibility must be all or participants' },
      });
      await sim.control.reset({ flashMonths: 0 });
      expect(await sim.control.behaviour()).toEqual({ flashCtfVisibility: 'all' });
    });

    it('answers 404 for every read of a user deleted on the platform side, and frees their email', async () => {
      await sim.control.reset();
      const gone = simulatedUserId(2);
      const profile = seededUserProfile(2);
      await sim.control.deleteUser(gone);
      for (const path of ['/users', '/scores/get_odl_scores', '/scores/get_flash_ctf_progress'] as const) {
        const response = await vendorCall(sim, 'GET', path, { query: { syned_user_id: gone } });
        expect({ path, status: response.status, body: response.body }).toEqual({ path, status: 404, body: { detail: 'User not found' } });
      }
      await expect(sim.control.deleteUser(gone)).rejects.toMatchObject({ status: 404 });
      const again = await vendorCall(sim, 'POST', '/users', {
        body: { syned_user_id: gone, first_name: profile.firstName, last_name: profile.lastName, email: profile.email, role: 'user' },
      });
      expect(again.status).toBe(201);
      expect((await vendorCall(sim, 'GET', '/scores/get_odl_scores', { query: { syned_user_id: gone } })).body).toMatchObject({ challenge_solves: [] });
    });
  });
});

import { createServer, Server } from 'node:http';
import { AddressInfo } from 'node:net';
import { GamePlatformClient, TeamCreate, UserCreate } from '@app/game-platform';
import { simulatedUserId } from '../../apps/game-platform-sim/src';
import { CapturingLogger, ClientStack, failure, clientStack } from './client-fixtures';

const newUser = (id: string, overrides: Partial<UserCreate> = {}): UserCreate => ({
  first_name: 'Ada',
  last_name: 'Lovelace',
  email: `${id}@example.test`,
  role: 'user',
  syned_user_id: id,
  ...overrides,
});

describe('GamePlatformClient against the simulator', () => {
  let stack: ClientStack;
  let client: GamePlatformClient;
  let logger: CapturingLogger;
  const seeded = simulatedUserId(0);
  const coachId = 'c0ac0000-0000-4000-8000-000000000001';
  const team = (id: string): TeamCreate => ({
    syned_team_id: id,
    syned_coach_user_id: coachId,
    name: `Team ${id}`,
    division: 'high_school',
    affiliation: 'Lincoln High',
  });

  beforeAll(async () => {
    stack = await clientStack('gp-client-methods', { basePath: '/integrations/syned/v1' });
    ({ client, logger } = stack.client());
    await client.createUser(newUser(coachId, { role: 'coach' }));
  });
  afterAll(() => stack.close());

  it('pings through a base URL that has a path', async () => {
    await expect(client.ping()).resolves.toMatchObject({ status: 'ok' });
  });

  it('looks a user up by syned_user_id, keeping the raw payload', async () => {
    const user = await client.getUser(seeded);
    expect(user).toMatchObject({ syned_user_id: seeded, metactf_user_status: expect.any(String) });
    expect(typeof user.metactf_user_id).toBe('number');
    expect(user.raw).toMatchObject({ syned_user_id: seeded, metactf_username: user.metactf_username });
  });

  it('creates users and coaches', async () => {
    const user = await client.createUser(newUser('11111111-0000-4000-8000-000000000001'));
    expect(user).toMatchObject({ syned_user_id: '11111111-0000-4000-8000-000000000001', role: 'user' });
    expect(typeof user.metactf_user_id).toBe('number');
  });

  it('sends a password reset', async () => {
    await expect(client.sendPasswordReset(seeded)).resolves.toMatchObject({ status: 'sent' });
  });

  it('creates a team, assigns, moves and unassigns members, lists assignments, deletes the team', async () => {
    const created = await client.createTeam(team('t-1'));
    expect(created).toMatchObject({ syned_team_id: 't-1', metactf_team_id: expect.any(Number), metactf_coach_id: expect.any(Number) });
    await client.createTeam(team('t-2'));

    const assigned = await client.assignMember({ synedUserId: seeded, synedTeamId: 't-1' });
    expect(assigned).toMatchObject({ syned_user_id: seeded, syned_team_id: 't-1' });
    const one = await client.getTeamAssignments({ synedTeamId: 't-1' });
    expect(one.total_count).toBe(1);
    expect(one.assignments[0]).toMatchObject({ syned_user_id: seeded, syned_team_id: 't-1' });
    expect(one.assignments[0].raw).toMatchObject({ syned_user_id: seeded });

    await client.assignMember({ synedUserId: seeded, synedTeamId: 't-2' });
    expect((await client.getTeamAssignments({ synedTeamId: 't-1' })).total_count).toBe(0);
    const all = await client.getTeamAssignments();
    expect(all.assignments.map((a) => a.syned_team_id)).toContain('t-2');

    const hasMembers = await failure(() => client.deleteTeam('t-2'));
    expect(hasMembers).toMatchObject({ code: 'conflict_team_has_members', status: 409, retryable: false });
    expect(hasMembers.message).toMatch(/unassign every member/);

    const removed = await client.unassignMember(seeded);
    expect(removed).toMatchObject({ syned_user_id: seeded, syned_team_id: null });
    await expect(client.deleteTeam('t-2')).resolves.toMatchObject({ status: 'deleted' });
  });

  it('reads ODL scores, totals without the filter and strictly-later solves with after_time_unix', async () => {
    const id = '22222222-0000-4000-8000-000000000002';
    await client.createUser(newUser(id));
    const now = (await stack.sim.control.clock()).nowUnix;
    await stack.sim.control.addSolves(id, [{ timestampUnix: now - 100 }, { timestampUnix: now - 50 }, { timestampUnix: now - 50 }]);

    const all = await client.getOdlScores({ synedUserId: id });
    expect(all.challenge_solves).toHaveLength(3);
    expect(all.challenges_completed).toBe(3);
    expect(all.challenge_solves[0].raw).toHaveProperty('challenge_solve_id', all.challenge_solves[0].challenge_solve_id);

    const later = await client.getOdlScores({ synedUserId: id, afterTimeUnix: now - 100 });
    expect(later.challenge_solves).toHaveLength(2);
    expect(later.challenge_solves.every((s) => s.timestamp_unix > now - 100)).toBe(true);
    expect(later.challenges_completed).toBe(2);
  });

  it('reads flash CTF progress', async () => {
    const progress = await client.getFlashCtfProgress(seeded);
    expect(progress.syned_user_id).toBe(seeded);
    expect(progress.flash_ctfs.length).toBeGreaterThan(0);
    expect(progress.flash_ctfs[0].raw).toHaveProperty('name', progress.flash_ctfs[0].name);
  });

  describe('ensureUser / ensureTeam', () => {
    it('returns an existing user without creating it', async () => {
      const before = await stack.sim.control.count('POST /users');
      const result = await client.ensureUser(newUser(seeded));
      expect(result).toMatchObject({ alreadyExisted: true, user: { syned_user_id: seeded } });
      expect(await stack.sim.control.count('POST /users')).toBe(before);
    });

    it('creates a missing user once, then finds it', async () => {
      const id = '33333333-0000-4000-8000-000000000003';
      await expect(client.ensureUser(newUser(id))).resolves.toMatchObject({ alreadyExisted: false, user: { syned_user_id: id } });
      await expect(client.ensureUser(newUser(id))).resolves.toMatchObject({ alreadyExisted: true, user: { syned_user_id: id } });
    });

    it('treats a concurrent creation (409 already exists) as success', async () => {
      const id = '44444444-0000-4000-8000-000000000004';
      const results = await Promise.all([client.ensureUser(newUser(id)), client.ensureUser(newUser(id))]);
      expect(results.map((r) => r.user.syned_user_id)).toEqual([id, id]);
      expect(results.filter((r) => !r.alreadyExisted)).toHaveLength(1);
      expect(await stack.sim.control.count('POST /users', 409)).toBeGreaterThanOrEqual(1);
    });

    it('surfaces an email owned by another account as conflict_email_taken with an actionable message', async () => {
      const error = await failure(() =>
        client.ensureUser(newUser('55555555-0000-4000-8000-000000000005', { email: '44444444-0000-4000-8000-000000000004@example.test' })),
      );
      expect(error).toMatchObject({ code: 'conflict_email_taken', status: 409, retryable: false });
      expect(error.message).toMatch(/Email already registered/);
      expect(error.message).toMatch(/correct the email/);
    });

    it('creates a team once and reports the replay as alreadyExisted', async () => {
      await expect(client.ensureTeam(team('t-ensure'))).resolves.toMatchObject({ alreadyExisted: false, team: { syned_team_id: 't-ensure' } });
      await expect(client.ensureTeam(team('t-ensure'))).resolves.toEqual({ alreadyExisted: true, synedTeamId: 't-ensure', team: null });
    });
  });

  describe('error mapping', () => {
    it('maps 401 to unauthorized without echoing the token', async () => {
      const { client: wrong, logger: wrongLogger } = stack.client({ token: 'not-the-token-xyz' });
      const error = await failure(() => wrong.ping());
      expect(error).toMatchObject({ code: 'unauthorized', status: 401, retryable: false });
      expect(JSON.stringify(error) + error.message + wrongLogger.text()).not.toContain('not-the-token-xyz');
    });

    it('maps 404 to not_found, once (4xx is never retried)', async () => {
      await stack.sim.control.resetCounters();
      const error = await failure(() => client.getUser('no-such-user'));
      expect(error).toMatchObject({ code: 'not_found', status: 404, context: { method: 'GET', path: '/users', attempts: 1 } });
      expect(await stack.sim.control.count('GET /users')).toBe(1);
    });

    it('maps a missing coach to not_found', async () => {
      const error = await failure(() => client.createTeam({ ...team('t-orphan'), syned_coach_user_id: 'nobody' }));
      expect(error).toMatchObject({ code: 'not_found', status: 404 });
    });

    it('maps 409 "User already exists" to conflict_exists', async () => {
      await expect(failure(() => client.createUser(newUser(seeded)))).resolves.toMatchObject({ code: 'conflict_exists', status: 409 });
    });

    it('turns a 422 into a readable validation message', async () => {
      const error = await failure(() => client.createUser(newUser('66666666-0000-4000-8000-000000000006', { email: 'not-an-email' })));
      expect(error).toMatchObject({ code: 'validation', status: 422, retryable: false });
      expect(error.message).toMatch(/email: .*valid email/i);
      expect(Array.isArray(error.context.detail)).toBe(true);
    });
  });

  it('logs one structured line per request with the context ids and counts per scope', async () => {
    const job = client.withContext({ jobId: 'job-42', competitorId: 'comp-7' });
    await job.getUser(seeded);
    await job.getFlashCtfProgress(seeded, { context: { teamId: 'team-9' } });
    expect(job.callCount).toBe(2);
    expect(job.counter.calls).toBe(2);
    const lines = logger.records().filter((line) => line.jobId === 'job-42');
    expect(lines).toEqual([
      expect.objectContaining({ msg: 'vendor call', method: 'GET', path: '/users', status: 200, attempt: 1, outcome: 'success', competitorId: 'comp-7' }),
      expect.objectContaining({ path: '/scores/get_flash_ctf_progress', teamId: 'team-9', durationMs: expect.any(Number) }),
    ]);
    expect(client.stats().totals.requests).toBeGreaterThan(job.callCount);
  });

  it("honours the caller's AbortSignal", async () => {
    const controller = new AbortController();
    controller.abort();
    await expect(failure(() => client.ping({ signal: controller.signal }))).resolves.toMatchObject({ code: 'aborted', retryable: false });
  });
});

describe('GamePlatformClient against a vendor that breaks the contract', () => {
  let server: Server;
  let stack: ClientStack;
  let answer: { status: number; body: string } = { status: 200, body: '{}' };

  beforeAll(async () => {
    stack = await clientStack('gp-client-broken');
    server = createServer((_request, response) => {
      response.writeHead(answer.status, { 'content-type': 'application/json' }).end(answer.body);
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  });
  afterAll(async () => {
    await new Promise((resolve) => server.close(resolve));
    await stack.close();
  });

  const brokenClient = () => stack.client({ baseUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }).client;

  it('rejects a response missing a required field as invalid_response, without retrying', async () => {
    answer = { status: 201, body: JSON.stringify({ syned_user_id: 'u', metactf_user_id: 1, metactf_username: 'x' }) };
    const error = await failure(() => brokenClient().getUser('u'));
    expect(error).toMatchObject({ code: 'invalid_response', retryable: false, context: { attempts: 1 } });
    expect(error.message).toMatch(/metactf_user_status/);
  });

  it('tolerates unknown fields and keeps them in raw', async () => {
    const payload = { syned_user_id: 'u', metactf_user_id: 1, metactf_username: 'x', metactf_user_status: 'active', brand_new: [1] };
    answer = { status: 201, body: JSON.stringify(payload) };
    const user = await brokenClient().getUser('u');
    expect(user.raw).toEqual(payload);
  });

  it('rejects a 2xx body that is not JSON', async () => {
    answer = { status: 200, body: '<html>' };
    await expect(failure(() => brokenClient().ping())).resolves.toMatchObject({ code: 'invalid_response' });
  });
});

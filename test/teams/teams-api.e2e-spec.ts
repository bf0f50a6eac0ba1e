import { QueueName } from '@app/jobs';
import { Caller, TestStack, testStack } from '../support/stack';
import { storedCoach, storedCompetitor } from './team-fixtures';
import { fieldMessages } from '../support/problem';

describe('teams API: access, validation, audit, rollout', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let adminToken: string;
  let coachA: Caller;
  let coachB: Caller;
  let outsider: Caller;
  let teamA: string;
  let competitorA: string;

  beforeAll(async () => {
    h = await testStack('teams-api', { simulator: { users: 40, seed: 7 }, api: true, worker: true, env: { GAME_PLATFORM_MAX_ATTEMPTS: '1' } });
    // A team sync still waiting when the worker stops would run against a closed database.
    h.onClose(() => h.jobs.queue(QueueName.Teams).pause());
    adminToken = (await h.caller('admin', 'admin-1')).token;
    // The worker stays idle: these tests are about the API's answers and what it writes and enqueues.
    await h.jobs.queue(QueueName.Teams).pause();
    coachA = await storedCoach(h, 'Alex');
    coachB = await storedCoach(h, 'Blake');
    outsider = await storedCoach(h, 'Casey');
    // Rollout: A and B are pilots, nobody else is in.
    await h.prisma.featureFlag.create({
      data: { name: 'game_platform_integration', enabled: true, rolloutPercentage: 0, pilotCoachIds: [coachA.id, coachB.id] },
    });
    competitorA = (await storedCompetitor(h, coachA.id, 1)).id;
    const created = await h.request(coachA.token, 'POST', '/teams', { name: 'Alpha', division: 'middle_school', affiliation: 'Oak Middle' });
    expect(created.statusCode).toBe(201);
    teamA = created.body.id as string;
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it('answers 401 without a token', async () => {
    expect((await h.request(undefined, 'GET', '/teams')).statusCode).toBe(401);
    expect((await h.request(undefined, 'POST', '/teams', { name: 'X', division: 'college', affiliation: 'Y' })).statusCode).toBe(401);
    expect((await h.request(undefined, 'GET', `/teams/${teamA}`)).statusCode).toBe(401);
  });

  it("hides coach A's team from coach B: every route answers 404", async () => {
    const asB = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: object) => h.request(coachB.token, method, url, body);
    const answers = await Promise.all([
      asB('GET', `/teams/${teamA}`),
      asB('PATCH', `/teams/${teamA}`, { name: 'Taken over' }),
      asB('DELETE', `/teams/${teamA}`),
      asB('POST', `/teams/${teamA}/members`, { competitorId: competitorA }),
      asB('DELETE', `/teams/${teamA}/members/${competitorA}`),
      asB('POST', `/teams/${teamA}/sync`),
    ]);
    expect(answers.map((a) => a.statusCode)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(answers[0].body.detail).toBe(`Team ${teamA} was not found`);
    expect((await asB('GET', '/teams')).body).toMatchObject({ items: [], total: 0 });
    expect((await asB('GET', `/teams?coachId=${coachA.id}`)).body).toMatchObject({ total: 0 });
    expect((await h.prisma.team.findUniqueOrThrow({ where: { id: teamA } })).name).toBe('Alpha');

    // Nor can B put A's competitor on a team of B's own.
    const teamB = await asB('POST', '/teams', { name: 'Bravo', division: 'college', affiliation: 'State U' });
    const steal = await asB('POST', `/teams/${teamB.body.id as string}/members`, { competitorId: competitorA });
    expect(steal.statusCode).toBe(404);
    expect(steal.body.detail).toBe(`Competitor ${competitorA} was not found`);
  });

  it('lets an admin see and manage every team, naming the coach on creation', async () => {
    const list = await h.request(adminToken, 'GET', '/teams?pageSize=50');
    expect(list.statusCode).toBe(200);
    expect((list.body.items as { id: string }[]).map((t) => t.id)).toContain(teamA);
    expect((await h.request(adminToken, 'GET', `/teams/${teamA}`)).statusCode).toBe(200);

    const missingCoach = await h.request(adminToken, 'POST', '/teams', { name: 'Orphan', division: 'college', affiliation: 'U' });
    expect(missingCoach.statusCode).toBe(400);
    expect(fieldMessages(missingCoach.body)).toEqual(['coachId is required when an administrator creates a team']);
    const forB = await h.request(adminToken, 'POST', '/teams', { name: 'Admin made', division: 'college', affiliation: 'U', coachId: coachB.id });
    expect(forB.statusCode).toBe(201);
    expect(forB.body.coachId).toBe(coachB.id);
    const forSomeoneElse = await h.request(coachA.token, 'POST', '/teams', { name: 'Sneaky', division: 'college', affiliation: 'U', coachId: coachB.id });
    expect(forSomeoneElse.statusCode).toBe(403);
  });

  it('rejects invalid bodies and ids with 400 and field messages', async () => {
    const empty = await h.request(coachA.token, 'POST', '/teams', {});
    expect(empty.statusCode).toBe(400);
    expect(fieldMessages(empty.body)).toEqual(
      expect.arrayContaining(['name is required', 'division must be one of: middle_school, high_school, college', 'affiliation is required']),
    );
    const bad = await h.request(coachA.token, 'POST', '/teams', { name: 'x'.repeat(101), division: 'kindergarten', affiliation: 'A', color: 'red' });
    expect(bad.statusCode).toBe(400);
    expect(fieldMessages(bad.body)).toEqual(
      expect.arrayContaining([
        'name must be at most 100 characters (a Game Platform limit)',
        'division must be one of: middle_school, high_school, college',
        'property color should not exist',
      ]),
    );
    const patch = await h.request(coachA.token, 'PATCH', `/teams/${teamA}`, { affiliation: '   ', coachId: coachB.id });
    expect(patch.statusCode).toBe(400);
    expect(fieldMessages(patch.body)).toEqual(expect.arrayContaining(['affiliation is required', 'property coachId should not exist']));
    const member = await h.request(coachA.token, 'POST', `/teams/${teamA}/members`, { competitorId: 'not-a-uuid' });
    expect(member.statusCode).toBe(400);
    expect(fieldMessages(member.body)).toEqual(['competitorId must be a UUID']);
    const id = await h.request(coachA.token, 'GET', '/teams/123');
    expect(id.statusCode).toBe(400);
    expect(fieldMessages(id.body)).toEqual(['id must be a UUID']);
    const page = await h.request(coachA.token, 'GET', '/teams?pageSize=1000');
    expect(page.statusCode).toBe(400);
  });

  it('answers 409 for a duplicate team name of the same coach', async () => {
    const duplicate = await h.request(coachA.token, 'POST', '/teams', { name: 'Alpha', division: 'college', affiliation: 'U' });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.body.detail).toBe('This coach already has a team named "Alpha": choose another name');
  });

  it('writes an audit row for every change, with actor and request id', async () => {
    const added = await h.request(coachA.token, 'POST', `/teams/${teamA}/members`, { competitorId: competitorA });
    expect(added.statusCode).toBe(200);
    const other = await h.request(coachA.token, 'POST', '/teams', { name: 'Alpha 2', division: 'college', affiliation: 'U' });
    expect((await h.request(coachA.token, 'POST', `/teams/${other.body.id as string}/members`, { competitorId: competitorA })).statusCode).toBe(200);
    expect((await h.request(coachA.token, 'DELETE', `/teams/${other.body.id as string}/members/${competitorA}`)).statusCode).toBe(200);
    expect((await h.request(coachA.token, 'PATCH', `/teams/${teamA}`, { affiliation: 'Oak Middle School' })).statusCode).toBe(200);
    expect((await h.request(coachA.token, 'POST', `/teams/${teamA}/sync`)).statusCode).toBe(202);
    expect((await h.request(coachA.token, 'DELETE', `/teams/${other.body.id as string}`)).statusCode).toBe(200);

    const rows = await h.prisma.auditLog.findMany({ where: { actor: coachA.id, targetType: 'team' }, orderBy: { at: 'asc' } });
    expect(rows.map((row) => row.action)).toEqual([
      'team.created',
      'team.member_added',
      'team.created',
      'team.member_moved',
      'team.member_removed',
      'team.updated',
      'team.sync_requested',
      'team.deleted',
    ]);
    const moved = rows.find((row) => row.action === 'team.member_moved')!;
    expect(moved.payload).toMatchObject({ competitorId: competitorA, fromTeamId: teamA, actorRole: 'coach' });
    expect((moved.payload as { requestId?: string }).requestId).toEqual(expect.any(String));
    expect(rows.find((row) => row.action === 'team.updated')!.payload).toMatchObject({
      changes: { affiliation: 'Oak Middle School' },
      previous: { affiliation: 'Oak Middle' },
    });
  });

  it('enqueues one coalesced sync per team for a burst of edits', async () => {
    const queue = h.jobs.queue(QueueName.Teams);
    const created = await h.request(coachA.token, 'POST', '/teams', { name: 'Coalesced', division: 'college', affiliation: 'U' });
    const teamId = created.body.id as string;
    for (let i = 40; i < 44; i += 1) {
      const competitor = await storedCompetitor(h, coachA.id, i);
      await h.request(coachA.token, 'POST', `/teams/${teamId}/members`, { competitorId: competitor.id });
    }
    const delayed = (await queue.getDelayed()).filter((job) => job.data.teamId === teamId);
    expect(delayed).toHaveLength(1);
    expect(delayed[0].name).toBe('team_sync');
  });

  it('keeps changes local for a coach outside the rollout and says so; manual sync is 503', async () => {
    const created = await h.request(outsider.token, 'POST', '/teams', { name: 'Local only', division: 'college', affiliation: 'U' });
    expect(created.statusCode).toBe(201);
    expect(created.body.sync).toMatchObject({ enabled: false, reason: expect.stringContaining('gradual rollout') });
    const teamId = created.body.id as string;
    const competitor = await storedCompetitor(h, outsider.id, 50);
    const added = await h.request(outsider.token, 'POST', `/teams/${teamId}/members`, { competitorId: competitor.id });
    expect(added.body.members[0].remote).toMatchObject({ state: 'pending', message: expect.stringContaining('Not pushed to the Game Platform') });
    const queue = h.jobs.queue(QueueName.Teams);
    expect((await queue.getJobs(['delayed', 'waiting'])).filter((job) => job.data.teamId === teamId)).toHaveLength(0);

    const sync = await h.request(outsider.token, 'POST', `/teams/${teamId}/sync`);
    expect(sync.statusCode).toBe(503);
    expect(sync.body.detail).toContain('gradual rollout');

    // Never created remotely: deleting it needs no platform call.
    await h.request(outsider.token, 'DELETE', `/teams/${teamId}/members/${competitor.id}`);
    const deleted = await h.request(outsider.token, 'DELETE', `/teams/${teamId}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.body.remoteDelete).toMatchObject({ state: 'not_needed' });
  });

  it('deletes a team that exists on the platform at once while the integration is off for its coach; the remote delete waits', async () => {
    const team = await h.prisma.team.create({
      data: { coachId: outsider.id, name: 'Remote', division: 'college', affiliation: 'U', gamePlatformId: '0b0b0b0b-0000-4000-8000-000000000001' },
    });
    const deleted = await h.request(outsider.token, 'DELETE', `/teams/${team.id}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.body.remoteDelete).toMatchObject({
      state: 'waiting_for_integration',
      jobId: expect.any(String),
      reason: expect.stringContaining('gradual rollout'),
    });
    expect(await h.prisma.team.findUnique({ where: { id: team.id } })).toBeNull();
  });
});

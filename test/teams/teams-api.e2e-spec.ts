import { JobQueueService, QueueName } from '@app/jobs';
import { Coach, TeamsHarness, useTeamsHarness } from './teams-harness';
import { fieldMessages } from '../support/problem';

type Body = Record<string, unknown> & { message?: string | string[] };

describe('teams API: access, validation, audit, rollout', () => {
  let h: TeamsHarness;
  let coachA: Coach;
  let coachB: Coach;
  let outsider: Coach;
  let teamA: string;
  let competitorA: string;

  beforeAll(async () => {
    h = await useTeamsHarness('teams-api');
    // The worker stays idle: these tests are about the API's answers and what it writes and enqueues.
    await h.api.get(JobQueueService).queue(QueueName.Teams).pause();
    coachA = await h.coach('Alex');
    coachB = await h.coach('Blake');
    outsider = await h.coach('Casey');
    // Rollout: A and B are pilots, nobody else is in.
    await h.prisma.featureFlag.create({
      data: { name: 'game_platform_integration', enabled: true, rolloutPercentage: 0, pilotCoachIds: [coachA.id, coachB.id] },
    });
    competitorA = (await h.competitor(coachA.id, 1)).id;
    const created = await h.call<Body>('POST', '/teams', coachA.token, { name: 'Alpha', division: 'middle_school', affiliation: 'Oak Middle' });
    expect(created.status).toBe(201);
    teamA = created.body.id as string;
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it('answers 401 without a token', async () => {
    expect((await h.call('GET', '/teams')).status).toBe(401);
    expect((await h.call('POST', '/teams', undefined, { name: 'X', division: 'college', affiliation: 'Y' })).status).toBe(401);
    expect((await h.call('GET', `/teams/${teamA}`)).status).toBe(401);
  });

  it("hides coach A's team from coach B: every route answers 404", async () => {
    const asB = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, body?: object) => h.call<Body>(method, url, coachB.token, body);
    const answers = await Promise.all([
      asB('GET', `/teams/${teamA}`),
      asB('PATCH', `/teams/${teamA}`, { name: 'Taken over' }),
      asB('DELETE', `/teams/${teamA}`),
      asB('POST', `/teams/${teamA}/members`, { competitorId: competitorA }),
      asB('DELETE', `/teams/${teamA}/members/${competitorA}`),
      asB('POST', `/teams/${teamA}/sync`),
    ]);
    expect(answers.map((a) => a.status)).toEqual([404, 404, 404, 404, 404, 404]);
    expect(answers[0].body.detail).toBe(`Team ${teamA} was not found`);
    expect((await asB('GET', '/teams')).body).toMatchObject({ items: [], total: 0 });
    expect((await asB('GET', `/teams?coachId=${coachA.id}`)).body).toMatchObject({ total: 0 });
    expect((await h.prisma.team.findUniqueOrThrow({ where: { id: teamA } })).name).toBe('Alpha');

    // Nor can B put A's competitor on a team of B's own.
    const teamB = await asB('POST', '/teams', { name: 'Bravo', division: 'college', affiliation: 'State U' });
    const steal = await asB('POST', `/teams/${teamB.body.id as string}/members`, { competitorId: competitorA });
    expect(steal.status).toBe(404);
    expect(steal.body.detail).toBe(`Competitor ${competitorA} was not found`);
  });

  it('lets an admin see and manage every team, naming the coach on creation', async () => {
    const list = await h.call<Body>('GET', '/teams?pageSize=50', h.adminToken);
    expect(list.status).toBe(200);
    expect((list.body.items as { id: string }[]).map((t) => t.id)).toContain(teamA);
    expect((await h.call('GET', `/teams/${teamA}`, h.adminToken)).status).toBe(200);

    const missingCoach = await h.call<Body>('POST', '/teams', h.adminToken, { name: 'Orphan', division: 'college', affiliation: 'U' });
    expect(missingCoach.status).toBe(400);
    expect(fieldMessages(missingCoach.body)).toEqual(['coachId is required when an administrator creates a team']);
    const forB = await h.call<Body>('POST', '/teams', h.adminToken, { name: 'Admin made', division: 'college', affiliation: 'U', coachId: coachB.id });
    expect(forB.status).toBe(201);
    expect(forB.body.coachId).toBe(coachB.id);
    const forSomeoneElse = await h.call<Body>('POST', '/teams', coachA.token, { name: 'Sneaky', division: 'college', affiliation: 'U', coachId: coachB.id });
    expect(forSomeoneElse.status).toBe(403);
  });

  it('rejects invalid bodies and ids with 400 and field messages', async () => {
    const empty = await h.call<Body>('POST', '/teams', coachA.token, {});
    expect(empty.status).toBe(400);
    expect(fieldMessages(empty.body)).toEqual(
      expect.arrayContaining(['name is required', 'division must be one of: middle_school, high_school, college', 'affiliation is required']),
    );
    const bad = await h.call<Body>('POST', '/teams', coachA.token, { name: 'x'.repeat(101), division: 'kindergarten', affiliation: 'A', color: 'red' });
    expect(bad.status).toBe(400);
    expect(fieldMessages(bad.body)).toEqual(
      expect.arrayContaining([
        'name must be at most 100 characters (a Game Platform limit)',
        'division must be one of: middle_school, high_school, college',
        'property color should not exist',
      ]),
    );
    const patch = await h.call<Body>('PATCH', `/teams/${teamA}`, coachA.token, { affiliation: '   ', coachId: coachB.id });
    expect(patch.status).toBe(400);
    expect(fieldMessages(patch.body)).toEqual(expect.arrayContaining(['affiliation is required', 'property coachId should not exist']));
    const member = await h.call<Body>('POST', `/teams/${teamA}/members`, coachA.token, { competitorId: 'not-a-uuid' });
    expect(member.status).toBe(400);
    expect(fieldMessages(member.body)).toEqual(['competitorId must be a UUID']);
    const id = await h.call<Body>('GET', '/teams/123', coachA.token);
    expect(id.status).toBe(400);
    expect(fieldMessages(id.body)).toEqual(['id must be a UUID']);
    const page = await h.call<Body>('GET', '/teams?pageSize=1000', coachA.token);
    expect(page.status).toBe(400);
  });

  it('answers 409 for a duplicate team name of the same coach', async () => {
    const duplicate = await h.call<Body>('POST', '/teams', coachA.token, { name: 'Alpha', division: 'college', affiliation: 'U' });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.detail).toBe('This coach already has a team named "Alpha": choose another name');
  });

  it('writes an audit row for every change, with actor and request id', async () => {
    const added = await h.call('POST', `/teams/${teamA}/members`, coachA.token, { competitorId: competitorA });
    expect(added.status).toBe(200);
    const other = await h.call<Body>('POST', '/teams', coachA.token, { name: 'Alpha 2', division: 'college', affiliation: 'U' });
    expect((await h.call('POST', `/teams/${other.body.id as string}/members`, coachA.token, { competitorId: competitorA })).status).toBe(200);
    expect((await h.call('DELETE', `/teams/${other.body.id as string}/members/${competitorA}`, coachA.token)).status).toBe(200);
    expect((await h.call('PATCH', `/teams/${teamA}`, coachA.token, { affiliation: 'Oak Middle School' })).status).toBe(200);
    expect((await h.call('POST', `/teams/${teamA}/sync`, coachA.token)).status).toBe(202);
    expect((await h.call('DELETE', `/teams/${other.body.id as string}`, coachA.token)).status).toBe(200);

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
    const queue = h.api.get(JobQueueService).queue(QueueName.Teams);
    const created = await h.call<Body>('POST', '/teams', coachA.token, { name: 'Coalesced', division: 'college', affiliation: 'U' });
    const teamId = created.body.id as string;
    for (let i = 40; i < 44; i += 1) {
      const competitor = await h.competitor(coachA.id, i);
      await h.call('POST', `/teams/${teamId}/members`, coachA.token, { competitorId: competitor.id });
    }
    const delayed = (await queue.getDelayed()).filter((job) => job.data.teamId === teamId);
    expect(delayed).toHaveLength(1);
    expect(delayed[0].name).toBe('team_sync');
  });

  it('keeps changes local for a coach outside the rollout and says so; manual sync is 503', async () => {
    const created = await h.call<Body>('POST', '/teams', outsider.token, { name: 'Local only', division: 'college', affiliation: 'U' });
    expect(created.status).toBe(201);
    expect(created.body.sync).toMatchObject({ enabled: false, reason: expect.stringContaining('gradual rollout') });
    const teamId = created.body.id as string;
    const competitor = await h.competitor(outsider.id, 50);
    const added = await h.call<Body & { members: { remote: { state: string; message: string } }[] }>(
      'POST',
      `/teams/${teamId}/members`,
      outsider.token,
      { competitorId: competitor.id },
    );
    expect(added.body.members[0].remote).toMatchObject({ state: 'pending', message: expect.stringContaining('Not pushed to the Game Platform') });
    const queue = h.api.get(JobQueueService).queue(QueueName.Teams);
    expect((await queue.getJobs(['delayed', 'waiting'])).filter((job) => job.data.teamId === teamId)).toHaveLength(0);

    const sync = await h.call<Body>('POST', `/teams/${teamId}/sync`, outsider.token);
    expect(sync.status).toBe(503);
    expect(sync.body.detail).toContain('gradual rollout');

    // Never created remotely: deleting it needs no platform call.
    await h.call('DELETE', `/teams/${teamId}/members/${competitor.id}`, outsider.token);
    const deleted = await h.call<Body>('DELETE', `/teams/${teamId}`, outsider.token);
    expect(deleted.status).toBe(200);
    expect(deleted.body.remoteDelete).toMatchObject({ state: 'not_needed' });
  });

  it('deletes a team that exists on the platform at once while the integration is off for its coach; the remote delete waits', async () => {
    const team = await h.prisma.team.create({
      data: { coachId: outsider.id, name: 'Remote', division: 'college', affiliation: 'U', gamePlatformId: '0b0b0b0b-0000-4000-8000-000000000001' },
    });
    const deleted = await h.call<Body>('DELETE', `/teams/${team.id}`, outsider.token);
    expect(deleted.status).toBe(200);
    expect(deleted.body.remoteDelete).toMatchObject({ state: 'waiting_for_integration', jobId: expect.any(String), reason: expect.stringContaining('gradual rollout') });
    expect(await h.prisma.team.findUnique({ where: { id: team.id } })).toBeNull();
  });
});

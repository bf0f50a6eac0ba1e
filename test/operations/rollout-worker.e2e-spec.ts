import { JobName, JobQueueService, QueueName } from '@app/jobs';
import { Caller, TestStack, testStack } from '../support/stack';
import { registeredCoach, compliantCompetitor } from '../competitors/competitor-fixtures';
import { waitFor } from '../support/wait-for';

const FLAG = 'game_platform_integration';

describe('the worker obeys the rollout: parks, then catches up once', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let admin: Caller;
  let coach: Caller;
  let jobs: JobQueueService;

  const setFlag = (body: object) => h.request(admin.token, 'PATCH', `/feature-flags/${FLAG}`, body);
  const parked = async () =>
    (await h.request(admin.token, 'GET', '/admin/jobs?state=parked')).body as {
      total: number;
      items: { type: string; state: string; parkedReason: string; payload: Record<string, unknown> }[];
    };

  beforeAll(async () => {
    h = await testStack('rollout-worker', { simulator: { users: 0 }, api: true, worker: true, env: { TEAM_SYNC_DEBOUNCE_MS: '50' } });
    admin = await h.caller('admin');
    jobs = h.jobs;
    coach = await registeredCoach(h, admin);
  });

  afterAll(async () => {
    await h?.close();
  });

  it('parks jobs queued before the coach left the rollout, pushes them and the teams made meanwhile once the coach is back, once', async () => {
    const competitorId = await compliantCompetitor(h, coach);
    // Taken out of the rollout while the onboarding job is queued (the queue is paused so it cannot run first).
    await h.request(admin.token, 'POST', '/admin/processing/pause', { queue: 'competitors' });
    const accepted = await h.request(coach.token, 'POST', `/competitors/${competitorId}/game-platform`);
    expect(accepted.statusCode).toBe(202);
    expect((await setFlag({ rolloutPercentage: 0, pilotCoachIds: [] })).statusCode).toBe(200);
    // A team made while outside: nothing is sent to the platform for it.
    const team = await h.request(coach.token, 'POST', '/teams', { name: 'Made while outside', division: 'high_school', affiliation: 'School' });
    expect(team.statusCode).toBe(201);
    await h.request(admin.token, 'POST', '/admin/processing/resume', { queue: 'competitors' });

    const parkedOnboarding = await waitFor(async () => (await parked()).items.find((item) => item.type === 'competitor_onboard'), {
      description: 'the onboarding to be parked',
    });
    expect(parkedOnboarding).toMatchObject({ state: 'parked', parkedReason: 'outside_rollout', payload: { competitorId } });
    expect(await h.sim.control.count('POST /users')).toBe(0);
    expect((await h.request(coach.token, 'GET', `/competitors/${competitorId}/game-platform`)).body).toMatchObject({
      state: 'pending',
      message: expect.stringContaining('not available for this coach'),
    });
    const failed = (await h.request(admin.token, 'GET', '/admin/jobs?state=failed')).body;
    expect(failed.total).toBe(0);

    // The coach enters the rollout as a pilot: the flag change runs the catch-up.
    expect((await setFlag({ pilotCoachIds: [coach.id] })).statusCode).toBe(200);
    const onboarded = await waitFor(
      async () => {
        const view = (await h.request(coach.token, 'GET', `/competitors/${competitorId}/game-platform`)).body;
        return view.state === 'synced' && view;
      },
      { description: 'the competitor to be onboarded' },
    );
    expect(onboarded.gamePlatformId).toEqual(expect.any(String));
    await waitFor(async () => (await h.prisma.team.findUnique({ where: { id: team.body.id } }))?.gamePlatformId, {
      description: 'the team to be created remotely',
    });
    expect((await parked()).total).toBe(0);

    // Catch-up again (a second flag save, a worker restart): nothing is sent twice.
    const usersCreated = await h.sim.control.count('POST /users');
    const teamsCreated = await h.sim.control.count('POST /teams');
    // The competitor and the coach (a team's owner on the platform); one team.
    expect(usersCreated).toBe(2);
    expect(teamsCreated).toBe(1);
    await setFlag({ pilotCoachIds: [coach.id] });
    const catchUps = await waitFor(
      async () => {
        const done = await jobs.queue(QueueName.Maintenance).getJobs(['completed']);
        const runs = done.filter((job) => job.name === JobName.RolloutCatchUp);
        return runs.length >= 3 && runs;
      },
      { description: 'the catch-up jobs' },
    );
    expect(catchUps.length).toBeGreaterThanOrEqual(3);
    expect(await h.sim.control.count('POST /users')).toBe(usersCreated);
    expect(await h.sim.control.count('POST /teams')).toBe(teamsCreated);
  });

  it('deletes a team on the platform locally at once while the coach is outside; the parked remote delete runs after catch-up', async () => {
    const created = await h.request(coach.token, 'POST', '/teams', { name: 'Doomed later', division: 'college', affiliation: 'U' });
    const synedTeamId = await waitFor(async () => (await h.prisma.team.findUnique({ where: { id: created.body.id } }))?.gamePlatformId, {
      description: 'the team to be created remotely',
    });
    await setFlag({ enabled: false });
    const deleted = await h.request(coach.token, 'DELETE', `/teams/${created.body.id}`);
    expect(deleted.statusCode).toBe(200);
    expect(deleted.body.remoteDelete).toMatchObject({ state: 'waiting_for_integration', reason: expect.stringContaining('paused by an administrator') });
    expect(
      await waitFor(async () => (await parked()).items.find((item) => item.type === 'team_remote_delete'), { description: 'the remote delete to be parked' }),
    ).toMatchObject({ parkedReason: 'disabled', payload: { synedTeamId } });
    expect(await h.sim.control.count('POST /teams/delete')).toBe(0);

    await setFlag({ enabled: true });
    await waitFor(async () => (await h.sim.control.count('POST /teams/delete')) === 1, { description: 'the remote delete to reach the platform' });
    expect((await parked()).total).toBe(0);
  });
});

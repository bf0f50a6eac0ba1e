import { GamePlatformClient, TeamSyncService } from '@app/game-platform';
import { JobName, QueueName } from '@app/jobs';
import type { ApiClient } from '@game-platform-sync/api-client';
import { apiClient } from '../support/api-client';
import { Caller, TestStack, testStack } from '../support/stack';
import { remoteRoster, storedCoach, storedCompetitor } from './team-fixtures';
import { waitFor } from '../support/wait-for';

describe('teams mirrored to the game platform (API + worker + simulator)', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let coach: Caller;
  let platform: { id: string; synedUserId: string }[];
  /** The generated client, as the coach: these tests use the API the way a frontend does. */
  let api: ApiClient;

  beforeAll(async () => {
    h = await testStack('teams-sync', { simulator: { users: 40, seed: 7 }, api: true, worker: true, env: { GAME_PLATFORM_MAX_ATTEMPTS: '1' } });
    // A team sync still waiting when the worker stops would run against a closed database.
    h.onClose(() => h.jobs.queue(QueueName.Teams).pause());
    coach = await storedCoach(h, 'Avery');
    api = apiClient(h.api, coach.token);
    platform = [];
    for (let i = 0; i < 12; i += 1) platform.push((await storedCompetitor(h, coach.id, i)) as { id: string; synedUserId: string });
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  const createTeam = async (name: string) => {
    const answer = await api.POST('/teams', { body: { name, division: 'high_school', affiliation: 'Lincoln High' } });
    expect(answer.response.status).toBe(201);
    return answer.data!;
  };
  const addMember = async (teamId: string, competitorId: string) => {
    const answer = await api.POST('/teams/{id}/members', { params: { path: { id: teamId } }, body: { competitorId } });
    expect(answer.response.status).toBe(200);
    return answer.data!;
  };
  const removeMember = async (teamId: string, competitorId: string) => {
    const answer = await api.DELETE('/teams/{id}/members/{competitorId}', { params: { path: { id: teamId, competitorId } } });
    expect(answer.response.status).toBe(200);
  };
  const remoteEquals = (teamId: string, synedUserIds: string[]) => async () =>
    JSON.stringify(await remoteRoster(h.sim, teamId)) === JSON.stringify([...synedUserIds].sort());
  const teamView = async (teamId: string) => (await api.GET('/teams/{id}', { params: { path: { id: teamId } } })).data!;
  const settled = (teamId: string) => async () => {
    const team = await teamView(teamId);
    return team.gamePlatform.syncedAt !== null && team.members.every((m) => m.remote.state !== 'pending' || !m.onGamePlatform);
  };

  it('creates the team and its coach on the platform and stores the vendor ids', async () => {
    const team = await createTeam('Falcons');
    expect(team.gamePlatform.synedTeamId).toBeNull();

    await waitFor(async () => (await remoteRoster(h.sim, team.id)) !== null, { description: 'team created remotely' });
    await waitFor(settled(team.id), { description: 'team sync stamped' });

    const remote = await h.sim.control.team(team.id);
    expect(remote.team).toMatchObject({ name: 'Falcons', division: 'high_school', affiliation: 'Lincoln High' });
    const coachOnPlatform = await h.sim.control.user(coach.id);
    expect(coachOnPlatform).toMatchObject({ role: 'coach' });

    const local = await h.prisma.team.findUniqueOrThrow({ where: { id: team.id } });
    expect(local).toMatchObject({
      gamePlatformId: team.id,
      metactfTeamId: remote.team.metactf_team_id,
      metactfCoachId: remote.team.metactf_coach_id,
      gamePlatformSyncError: null,
    });
    expect(local.gamePlatformSyncedAt).not.toBeNull();
    const localCoach = await h.prisma.coach.findUniqueOrThrow({ where: { id: coach.id } });
    expect(localCoach.gamePlatformId).toBe(coach.id);
    expect(localCoach.metactfUserId).toBe(remote.team.metactf_coach_id);
  });

  it('adds, moves and removes members until the remote rosters equal the local ones; non-platform competitors stay pending', async () => {
    const north = await createTeam('North');
    const south = await createTeam('South');
    const offPlatform = await storedCompetitor(h, coach.id, 100, false);
    const [a, b, c] = platform;

    await addMember(north.id, a.id);
    await addMember(north.id, b.id);
    await addMember(north.id, c.id);
    const afterAdds = await addMember(north.id, offPlatform.id);
    expect(afterAdds.members.find((m) => m.competitorId === offPlatform.id)?.remote).toMatchObject({ state: 'pending' });

    await waitFor(remoteEquals(north.id, [a.synedUserId, b.synedUserId, c.synedUserId]), { description: 'north roster' });
    await waitFor(settled(north.id), { description: 'north badges' });
    const northView = await teamView(north.id);
    const badge = (id: string) => northView.members.find((m) => m.competitorId === id)!.remote;
    expect(badge(a.id)).toMatchObject({ state: 'synced', message: null });
    expect(badge(a.id).syncedAt).not.toBeNull();
    expect(badge(offPlatform.id)).toMatchObject({ state: 'pending', message: expect.stringContaining('Not on the Game Platform yet') });

    // Move b to south (adding them there moves them), remove a from north.
    const moved = await addMember(south.id, b.id);
    expect(moved.members.map((m) => m.competitorId)).toEqual([b.id]);
    await removeMember(north.id, a.id);
    await waitFor(remoteEquals(south.id, [b.synedUserId]), { description: 'south roster' });
    await waitFor(remoteEquals(north.id, [c.synedUserId]), { description: 'north roster after move and removal' });
    await waitFor(settled(south.id), { description: 'south badges' });
    expect((await teamView(south.id)).members[0].remote.state).toBe('synced');
    expect(await h.prisma.teamMembership.count({ where: { competitorId: b.id } })).toBe(1);
  });

  it('pushes a pending membership once the competitor is onboarded to the platform', async () => {
    const team = await createTeam('Latecomers');
    const newcomer = await storedCompetitor(h, coach.id, 101, false);
    await h.prisma.competitor.update({
      where: { id: newcomer.id },
      data: { division: 'high_school', schoolId: 'school-1', complianceConfirmedAt: new Date() },
    });
    await addMember(team.id, newcomer.id);
    await waitFor(settled(team.id), { description: 'team created remotely' });
    expect(await remoteRoster(h.sim, team.id)).toEqual([]);

    const onboarding = await api.POST('/competitors/{id}/game-platform', { params: { path: { id: newcomer.id } } });
    expect(onboarding.response.status).toBe(202);
    await waitFor(remoteEquals(team.id, [newcomer.id]), { description: 'the onboarded competitor on the remote roster' });
    await waitFor(async () => (await teamView(team.id)).members[0].remote.state === 'synced', { description: 'membership badge synced' });
  });

  it('coalesces a burst of edits into one sync run per burst and converges to the local roster', async () => {
    const team = await createTeam('Burst');
    await waitFor(settled(team.id), { description: 'burst team created' });
    const pool = platform.slice(3, 12);
    const local = new Set<string>();
    const rosterReads = async () => h.sim.control.count('GET /users/get_team_assignments');

    for (let round = 0; round < 8; round += 1) {
      const readsBefore = await rosterReads();
      // Three edits back to back: add two, remove one (once there is someone to remove).
      const candidates = pool.filter((p) => !local.has(p.synedUserId));
      for (const next of candidates.slice(0, 2)) {
        await addMember(team.id, next.id);
        local.add(next.synedUserId);
      }
      const leaving = pool.find((p) => local.has(p.synedUserId) && round % 2 === 1);
      if (leaving) {
        await removeMember(team.id, leaving.id);
        local.delete(leaving.synedUserId);
      }
      await waitFor(remoteEquals(team.id, [...local]), { description: `burst round ${round}`, timeoutMs: 60_000, intervalMs: 20 });
      await waitFor(settled(team.id), { description: 'round settled' });
      // One roster read per round: the burst ran as one team_sync job.
      expect((await rosterReads()) - readsBefore).toBe(1);
    }
  }, 120_000);

  it('records local metadata changes the platform cannot take as not propagated', async () => {
    const team = await createTeam('Owls');
    await waitFor(settled(team.id), { description: 'owls created' });
    const patched = await api.PATCH('/teams/{id}', { params: { path: { id: team.id } }, body: { name: 'Night Owls' } });
    expect(patched.response.status).toBe(200);
    expect(patched.data!.gamePlatform.metadataNotPropagated).toMatchObject({ fields: ['name'], remote: { name: 'Owls' } });
    expect(patched.data!.gamePlatform.metadataNotPropagated?.message).toContain('cannot update a team');
    expect((await h.prisma.team.findUniqueOrThrow({ where: { id: team.id } })).metadataNotPropagated).toBe(true);
    expect((await h.sim.control.team(team.id)).team.name).toBe('Owls');

    const reverted = await api.PATCH('/teams/{id}', { params: { path: { id: team.id } }, body: { name: 'Owls' } });
    expect(reverted.data!.gamePlatform.metadataNotPropagated).toBeNull();
  });

  it('converges when re-run after a crash: team created remotely but not recorded, and a failed assignment', async () => {
    const team = await h.prisma.team.create({ data: { coachId: coach.id, name: 'Crashy', division: 'college', affiliation: 'State U' } });
    const x = (await storedCompetitor(h, coach.id, 30)) as { id: string; synedUserId: string };
    const y = (await storedCompetitor(h, coach.id, 31)) as { id: string; synedUserId: string };
    await h.prisma.teamMembership.createMany({
      data: [
        { teamId: team.id, competitorId: x.id },
        { teamId: team.id, competitorId: y.id },
      ],
    });
    // An earlier run created the team on the platform and died before writing anything locally.
    const client = h.worker.get(GamePlatformClient);
    await client.ensureUser({ first_name: 'Avery', last_name: 'Coach', email: `avery-crash@example.test`, role: 'coach', syned_user_id: coach.id });
    await client.createTeam({ syned_team_id: team.id, syned_coach_user_id: coach.id, name: 'Crashy', division: 'college', affiliation: 'State U' });
    const sync = h.worker.get(TeamSyncService);

    await h.sim.control.setFaults({ failNext: 1, errorStatus: 500, paths: ['/users/assign_team'] });
    await expect(sync.sync(team.id)).rejects.toThrow(/1 roster change\(s\) could not be made/);
    const failed = await h.prisma.team.findUniqueOrThrow({ where: { id: team.id }, include: { memberships: true } });
    expect(failed.gamePlatformId).toBe(team.id);
    expect(failed.gamePlatformSyncError).toContain('retried automatically');
    expect(failed.memberships.map((m) => m.remoteState).sort()).toEqual(['error', 'synced']);
    expect((await remoteRoster(h.sim, team.id))!.length).toBe(1);

    await h.sim.control.clearFaults();
    const report = await sync.sync(team.id);
    expect(report).toMatchObject({ outcome: 'synced', failed: 0 });
    expect(await remoteRoster(h.sim, team.id)).toEqual([x.synedUserId, y.synedUserId].sort());
    const healed = await h.prisma.team.findUniqueOrThrow({ where: { id: team.id }, include: { memberships: true } });
    expect(healed.gamePlatformSyncError).toBeNull();
    expect(healed.memberships.every((m) => m.remoteState === 'synced')).toBe(true);

    // And once more: nothing left to do, no roster change sent.
    const assignsBefore = await h.sim.control.count('POST /users/assign_team');
    expect(await sync.sync(team.id)).toMatchObject({ outcome: 'synced', assigned: 0, released: 0 });
    expect(await h.sim.control.count('POST /users/assign_team')).toBe(assignsBefore);
    await h.prisma.teamMembership.deleteMany({ where: { teamId: team.id } });
  });

  it('refuses to delete a team with members (409), deletes an empty one locally and on the platform', async () => {
    const team = await createTeam('Doomed');
    const member = await storedCompetitor(h, coach.id, 20);
    await addMember(team.id, member.id);
    await waitFor(remoteEquals(team.id, [member.synedUserId!]), { description: 'doomed roster' });

    const refused = await api.DELETE('/teams/{id}', { params: { path: { id: team.id } } });
    expect(refused.response.status).toBe(409);
    expect(refused.error!.detail).toMatch(/still has 1 member\(s\): remove them/);

    await removeMember(team.id, member.id);
    const deleted = await api.DELETE('/teams/{id}', { params: { path: { id: team.id } } });
    expect(deleted.response.status).toBe(200);
    expect(deleted.data!.remoteDelete.state).toBe('pending');
    expect((await api.GET('/teams/{id}', { params: { path: { id: team.id } } })).response.status).toBe(404);
    // The member is still on the remote team (its removal sync never ran): the delete job takes them off first.
    await waitFor(async () => (await remoteRoster(h.sim, team.id)) === null, { description: 'remote team deleted' });
    expect((await h.sim.control.user(member.synedUserId!)).syned_team_id ?? null).toBeNull();
    const job = await h.jobs.queue(QueueName.Teams).getJob(deleted.data!.remoteDelete.jobId!);
    await waitFor(async () => (await job!.getState()) === 'completed', { description: 'delete job completed' });
  });

  it('keeps a failed remote delete as a failed job without blocking the local deletion', async () => {
    const team = await createTeam('Stubborn');
    await waitFor(settled(team.id), { description: 'stubborn created' });
    await h.sim.control.setFaults({ errorRate: 1, errorStatus: 503, paths: ['/teams/delete'] });
    try {
      const deleted = await api.DELETE('/teams/{id}', { params: { path: { id: team.id } } });
      expect(deleted.response.status).toBe(200);
      expect(await h.prisma.team.findUnique({ where: { id: team.id } })).toBeNull();
      expect(await h.prisma.auditLog.count({ where: { action: 'team.deleted', targetId: team.id } })).toBe(1);

      // Every attempt fails; skip the backoff waits so the job exhausts its attempts now.
      const job = (await h.jobs.queue(QueueName.Teams).getJob(deleted.data!.remoteDelete.jobId!))!;
      await waitFor(
        async () => {
          const state = await job.getState();
          if (state === 'delayed') await job.promote().catch(() => undefined);
          return state === 'failed';
        },
        { description: 'delete job failed for good', timeoutMs: 60_000, intervalMs: 100 },
      );
      const failed = (await h.jobs.queue(QueueName.Teams).getJob(job.id!))!;
      expect(failed.name).toBe(JobName.DeleteRemoteTeam);
      expect(failed.attemptsMade).toBe(5);
      expect(failed.failedReason).toContain('was deleted locally but not on the Game Platform');
      await waitFor(async () => (await h.prisma.jobDeadLetter.count({ where: { jobId: job.id! } })) === 1, { description: 'dead letter recorded' });
      expect(await remoteRoster(h.sim, team.id)).toEqual([]);
    } finally {
      await h.sim.control.clearFaults();
    }
  }, 90_000);
});

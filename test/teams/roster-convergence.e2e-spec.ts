import { Job } from 'bullmq';
import { PendingRosterSweeper } from '@app/game-platform';
import { JobName, JobQueueService, QueueName } from '@app/jobs';
import { TestStack, testStack } from '../support/stack';
import { remoteRoster, storedCoach, storedCompetitor } from './team-fixtures';
import { waitFor } from '../support/wait-for';

/**
 * The roster race: competitors already on a team finish onboarding while that team's sync runs
 * (it read the roster before they had accounts). The sync their onboarding asks for must run after
 * it, not be swallowed by it. The sweep is off here, so only that follow-up can converge the roster.
 */
describe('rosters converge under faults', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let jobs: JobQueueService;

  beforeAll(async () => {
    h = await testStack('roster-convergence', {
      simulator: { users: 40, seed: 7 },
      api: true,
      worker: true,
      env: { GAME_PLATFORM_MAX_ATTEMPTS: '1', ROSTER_SWEEP_INTERVAL_MS: '3600000', GAME_PLATFORM_TIMEOUT_MS: '15000' },
    });
    // A team sync still waiting when the worker stops would run against a closed database.
    h.onClose(() => h.jobs.queue(QueueName.Teams).pause());
    jobs = h.jobs;
  });

  afterAll(async () => {
    await h?.close();
  });

  async function teamWithCompetitorsToOnboard(label: string, size: number) {
    const coach = await storedCoach(h, label);
    const team = await h.prisma.team.create({ data: { coachId: coach.id, name: `Race ${label}`, division: 'high_school', affiliation: 'Lincoln High' } });
    const competitors = [];
    for (let i = 0; i < size; i += 1) {
      const competitor = await h.prisma.competitor.create({
        data: {
          coachId: coach.id,
          firstName: `Racer${i}`,
          lastName: label,
          email: `racer-${i}-${label}@students.example.test`,
          division: 'high_school',
          schoolId: 'school-1',
          complianceConfirmedAt: new Date(),
          status: 'compliance',
        },
      });
      await h.prisma.teamMembership.create({ data: { teamId: team.id, competitorId: competitor.id } });
      competitors.push(competitor);
    }
    return { team, competitors };
  }

  it('runs a follow-up team sync when onboarding finishes during the running one', async () => {
    const { team, competitors } = await teamWithCompetitorsToOnboard('follow-up', 3);
    // The running sync lingers on its roster read, long enough for every onboarding to finish meanwhile
    // (with room to spare on a busy machine).
    await h.sim.control.setFaults({ latencyMs: 8000, paths: ['/users/get_team_assignments'] });
    const running = (await jobs.enqueue(JobName.SyncTeam, { teamId: team.id, requestedBy: 'test' })) as Job;
    await waitFor(async () => (await running.getState()) === 'active', { description: 'the team sync to start', timeoutMs: 10_000 });

    for (const competitor of competitors) await jobs.enqueue(JobName.OnboardCompetitor, { competitorId: competitor.id, requestedBy: 'test' });
    await waitFor(async () => (await h.prisma.competitor.count({ where: { id: { in: competitors.map((c) => c.id) }, gamePlatformId: null } })) === 0, {
      description: 'every onboarding',
      timeoutMs: 7_000,
    });
    expect(await running.getState()).toBe('active'); // the race: onboarded while the sync that read the roster before still runs
    await h.sim.control.clearFaults();

    await waitFor(async () => (await h.prisma.teamMembership.count({ where: { teamId: team.id, remoteState: 'synced' } })) === 3, {
      description: 'every membership synced',
      timeoutMs: 60_000,
      intervalMs: 100,
    });
    expect(await remoteRoster(h.sim, team.id)).toEqual(competitors.map((c) => c.id).sort());
  }, 90_000);

  it('the sweep pushes pending memberships of onboarded competitors whose team sync was lost', async () => {
    const coach = await storedCoach(h, 'sweep');
    const team = await h.prisma.team.create({ data: { coachId: coach.id, name: 'Swept', division: 'high_school', affiliation: 'Lincoln High' } });
    // On the platform, on the team locally, and no team sync coming (e.g. it was dead-lettered during an outage).
    const members = [await storedCompetitor(h, coach.id, 11), await storedCompetitor(h, coach.id, 12)];
    for (const member of members) await h.prisma.teamMembership.create({ data: { teamId: team.id, competitorId: member.id } });

    expect(await h.worker.get(PendingRosterSweeper).sweep()).toContain(team.id);
    await waitFor(async () => (await h.prisma.teamMembership.count({ where: { teamId: team.id, remoteState: 'synced' } })) === 2, {
      description: 'every membership synced',
      timeoutMs: 60_000,
      intervalMs: 100,
    });
    expect(await remoteRoster(h.sim, team.id)).toEqual(members.map((m) => m.synedUserId).sort());
    expect(await h.worker.get(PendingRosterSweeper).sweep()).not.toContain(team.id);
  });
});

import { JobQueueService, QueueName } from '@app/jobs';
import { injectChecked } from '../support/contract';
import { TeamsHarness, useTeamsHarness, waitFor } from '../teams/teams-harness';

interface Tile {
  id: string;
  lastSync: string | null;
  remoteState: string;
}

/** A worker job's writes reach the next cached read, with a TTL far longer than the test. */
describe('read cache after worker jobs', () => {
  let h: TeamsHarness;

  beforeAll(async () => {
    h = await useTeamsHarness('read-cache-jobs', { READ_CACHE_TTL_MS: '600000' });
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it('serves what a team sync job wrote as soon as the job has finished', async () => {
    const coach = await h.coach('Jo');
    const teamsQueue = h.api.get(JobQueueService).queue(QueueName.Teams);
    await teamsQueue.pause();
    const created = await h.call<{ id: string }>('POST', '/teams', coach.token, { name: 'Owls', division: 'high_school', affiliation: 'X' });
    expect(created.status).toBe(201);

    const read = async () => {
      const response = await injectChecked(h.api, { method: 'GET', url: '/dashboard/teams', headers: { authorization: `Bearer ${coach.token}` } });
      return { status: response.headers['cache-status'], tile: (JSON.parse(response.body) as { teams: Tile[] }).teams.find((team) => team.id === created.body.id)! };
    };
    expect((await read()).tile.lastSync).toBeNull();
    const cached = await read();
    expect(cached.status).toMatch(/hit/);
    expect(cached.tile.lastSync).toBeNull();

    await teamsQueue.resume();
    await waitFor('the team sync job to finish', async () => {
      const counts = await teamsQueue.getJobCounts('waiting', 'active', 'delayed', 'completed');
      return counts.completed > 0 && counts.waiting + counts.active + counts.delayed === 0;
    });

    const after = await read();
    expect(after.status).toBe('gps-api; fwd=miss');
    expect(after.tile.lastSync).not.toBeNull();
    expect(after.tile.remoteState).toBe('synced');
  });
});

import { QueueName } from '@app/jobs';
import { TestStack, testStack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { storedCoach } from '../teams/team-fixtures';

interface Tile {
  id: string;
  lastSync: string | null;
  remoteState: string;
}

/** A worker job's writes reach the cached reads within a second of the job, with a TTL far longer than the test. */
describe('read cache after worker jobs', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;

  beforeAll(async () => {
    h = await testStack('read-cache-jobs', { simulator: { users: 10, seed: 5 }, api: true, worker: true, env: { READ_CACHE_TTL_MS: '600000' } });
  }, 60_000);

  afterAll(async () => {
    await h?.close();
  });

  it('serves what a team sync job wrote once the job has finished', async () => {
    const coach = await storedCoach(h, 'Jo');
    const teamsQueue = h.jobs.queue(QueueName.Teams);
    await teamsQueue.pause();
    const created = await h.request(coach.token, 'POST', '/teams', { name: 'Owls', division: 'high_school', affiliation: 'X' });
    expect(created.statusCode).toBe(201);

    const read = async () => {
      const response = await h.request(coach.token, 'GET', '/dashboard/teams');
      return { status: response.headers['cache-status'], tile: (response.body as { teams: Tile[] }).teams.find((team) => team.id === created.body.id)! };
    };
    expect((await read()).tile.lastSync).toBeNull();
    const cached = await read();
    expect(cached.status).toMatch(/hit/);
    expect(cached.tile.lastSync).toBeNull();

    await teamsQueue.resume();
    await waitFor(
      async () => {
        const counts = await teamsQueue.getJobCounts('waiting', 'active', 'delayed', 'completed');
        return counts.completed > 0 && counts.waiting + counts.active + counts.delayed === 0;
      },
      { description: 'the team sync job to finish' },
    );

    // Jobs bump the data version coalesced (ADR 0036): within a second of the job, not before its outcome.
    const after = await waitFor(read, { description: "the team sync's writes in the cached read", until: ({ tile }) => tile.lastSync !== null });
    expect(after.status).toBe('gps-api; fwd=miss');
    expect(after.tile.remoteState).toBe('synced');
  });
});

import { Caller, TestStack, testStack } from '../support/stack';
import { Fixture, seedFixture } from '../dashboard/leaderboard-fixture';

describe('competitor score-sync freshness and cursor pages of the lists', () => {
  let h: TestStack<'api'>;
  let f: Fixture;
  let admin: Caller;
  let coachA: Caller;

  beforeAll(async () => {
    h = await testStack('freshness', { api: true });
    f = await seedFixture(h.prisma);
    admin = await h.caller('admin');
    coachA = await h.caller('coach', f.coachA);
    await h.prisma.coach.create({ data: { email: 'c@coaches.test', firstName: 'Cleo', lastName: 'Anders' } });
    await h.prisma.competitor.createMany({ data: ['Hal', 'Ida'].map((firstName) => ({ coachId: f.coachA, firstName, lastName: 'Noemail' })) });
    await h.prisma.team.createMany({
      data: ['Zeta', 'Alpha', 'Mu'].map((name) => ({ coachId: f.coachA, name, division: 'high_school' as const, affiliation: 'School' })),
    });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('shows the last score sync (time, result, message) beside the onboarding state, in the list and the detail', async () => {
    const { body } = await h.request(coachA.token, 'GET', '/competitors?pageSize=100');
    const byName = Object.fromEntries(body.items.map((item: any) => [item.firstName, item]));
    expect(byName.Ada.gamePlatform.scoreSync).toEqual({ state: 'success', lastAttemptAt: '2026-11-26T10:00:00.000Z', message: null });
    expect(byName.Bob.gamePlatform.scoreSync).toEqual({
      state: 'failure',
      lastAttemptAt: '2026-11-26T10:05:00.000Z',
      message: 'The Game Platform did not answer in time: the next sync retries',
    });
    expect(byName.Dee.gamePlatform.scoreSync).toEqual({ state: 'never', lastAttemptAt: null, message: null });
    expect(byName.Eve.gamePlatform.scoreSync).toEqual({ state: 'not_on_platform', lastAttemptAt: null, message: null });
    expect(byName.Ada.status).toBe('complete');
    const detail = await h.request(coachA.token, 'GET', `/competitors/${f.people.bob.id}`);
    expect(detail.body.gamePlatform.scoreSync).toEqual(byName.Bob.gamePlatform.scoreSync);
  });

  it.each([
    ['competitors, default order', '/competitors?'],
    ['competitors by last name, descending', '/competitors?sort=lastName&order=desc&'],
    ['competitors matching a search', '/competitors?search=students&'],
    ['competitors by email (empty ones last), ascending', '/competitors?sort=email&'],
    ['competitors by email (empty ones last), descending', '/competitors?sort=email&order=desc&'],
    ['competitors by status', '/competitors?sort=status&'],
    ['teams', '/teams?'],
    ['coaches', '/coaches?'],
  ])('pages %s by cursor without gaps or repeats, page/pageSize still valid', async (_name, path) => {
    const whole = (await h.request(admin.token, 'GET', `${path}pageSize=100`)).body;
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const { body }: { body: any } = await h.request(admin.token, 'GET', `${path}pageSize=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(body.total).toBe(whole.total);
      ids.push(...body.items.map((item: any) => item.id));
      cursor = body.nextCursor;
    } while (cursor);
    expect(ids).toEqual(whole.items.map((item: any) => item.id));
    expect(ids.length).toBeGreaterThan(2);
    const page2 = (await h.request(admin.token, 'GET', `${path}page=2&pageSize=2`)).body;
    expect(page2.items.map((item: any) => item.id)).toEqual(ids.slice(2, 4));
  });

  it('answers 400 for a cursor that is not one', async () => {
    const response = await h.request(admin.token, 'GET', '/competitors?cursor=abc');
    expect(response.statusCode).toBe(400);
    expect(JSON.stringify(response.body)).toMatch(/cursor must be the nextCursor of a previous page/);
  });
});

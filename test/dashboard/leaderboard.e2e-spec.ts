import { randomUUID } from 'node:crypto';
import { parse } from 'csv-parse/sync';
import { Caller, TestStack, testStack } from '../support/stack';
import { Fixture, RANGE, seedFixture } from './leaderboard-fixture';

/** The leaderboard reads the data's version at most once a second: wait that out after a write. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 1_100));

describe('GET /dashboard/leaderboard and leaderboard.csv', () => {
  let h: TestStack<'api'>;
  let f: Fixture;
  let admin: Caller;
  let coachA: Caller;

  beforeAll(async () => {
    h = await testStack('leaderboard', { api: true });
    f = await seedFixture(h.prisma);
    admin = await h.caller('admin');
    coachA = await h.caller('coach', f.coachA);
  });

  afterAll(async () => {
    await h?.close();
  });

  const names = (body: any) => body.items.map((row: any) => row.firstName);
  const ranks = (body: any) => Object.fromEntries(body.items.map((row: any) => [row.firstName, row.rank]));

  it('ranks everyone for an admin: ties share a rank and the next rank skips', async () => {
    const { statusCode, body } = await h.request(admin.token, 'GET', `/dashboard/leaderboard?${RANGE}`);
    expect(statusCode).toBe(200);
    expect(ranks(body)).toEqual({ Finn: 1, Ada: 2, Bob: 2, '=HYPERLINK("x")': 4, Dee: 5, Eve: 5 });
    expect(body.total).toBe(6);
    expect(body.nextCursor).toBeNull();
    expect(body.empty).toBeNull();
    expect(body.lastUpdated).toBe('2026-11-27T08:00:00.000Z');
    const ada = body.items.find((row: any) => row.firstName === 'Ada');
    expect(ada).toMatchObject({
      challenges: 10,
      score: 500,
      challengesInRange: 3,
      pointsInRange: 350,
      username: 'ada_l',
      lastActivityAt: '2026-11-20T12:00:00.000Z',
      scoreSync: 'synced',
    });
    const bob = body.items.find((row: any) => row.firstName === 'Bob');
    expect(bob).toMatchObject({ challengesInRange: 2, pointsInRange: 50 });
    expect(body.items.find((row: any) => row.firstName === 'Dee').scoreSync).toBe('pending');
    expect(body.items.find((row: any) => row.firstName === 'Eve').scoreSync).toBe('not_on_platform');
  });

  it('scopes a coach to their own competitors, ranked among themselves; another coach is 404', async () => {
    const own = await h.request(coachA.token, 'GET', `/dashboard/leaderboard?${RANGE}`);
    expect(ranks(own.body)).toEqual({ Ada: 1, Bob: 1, '=HYPERLINK("x")': 3, Dee: 4, Eve: 4 });
    expect(own.body.lastUpdated).toBe('2026-11-26T10:00:00.000Z');
    expect((await h.request(coachA.token, 'GET', `/dashboard/leaderboard?coachId=${f.coachA}`)).statusCode).toBe(200);
    const other = await h.request(coachA.token, 'GET', `/dashboard/leaderboard?coachId=${f.coachB}`);
    expect(other.statusCode).toBe(404);
    const asAdmin = await h.request(admin.token, 'GET', `/dashboard/leaderboard?${RANGE}&coachId=${f.coachA}`);
    expect(ranks(asAdmin.body)).toEqual(ranks(own.body));
    const division = await h.request(coachA.token, 'GET', `/dashboard/leaderboard?${RANGE}&division=high_school`);
    expect(ranks(division.body)).toEqual({ Ada: 1, Bob: 1, Dee: 3 });
  });

  it('searches names, email and username case-insensitively without changing ranks', async () => {
    const search = async (text: string) => (await h.request(admin.token, 'GET', `/dashboard/leaderboard?search=${encodeURIComponent(text)}`)).body;
    expect(ranks(await search('LOVE'))).toEqual({ Ada: 2 });
    expect(names(await search('bobby'))).toEqual(['Bob']);
    expect(names(await search('ADA@students'))).toEqual(['Ada']);
    expect(names(await search('smith jr'))).toEqual(['=HYPERLINK("x")']);
    const none = await search('%');
    expect(none).toMatchObject({ items: [], total: 0, empty: { reason: 'no_matches' } });
  });

  it('sorts by score, last activity and name in both directions', async () => {
    const sorted = async (query: string) => names((await h.request(coachA.token, 'GET', `/dashboard/leaderboard?${query}`)).body);
    expect((await sorted('sort=score')).slice(0, 3)).toEqual([
      '=HYPERLINK("x")',
      ...[f.people.ada, f.people.bob].sort((x, y) => y.id.localeCompare(x.id)).map((p) => p.firstName),
    ]);
    expect((await sorted('sort=lastActivity')).slice(0, 2)).toEqual(['Bob', 'Ada']);
    expect((await sorted('sort=lastActivity&order=asc')).slice(-2)).toEqual(['Ada', 'Bob']);
    expect(await sorted('sort=name')).toEqual(['Bob', 'Ada', 'Eve', 'Dee', '=HYPERLINK("x")']);
    expect(await sorted('sort=name&order=desc')).toEqual(['=HYPERLINK("x")', 'Dee', 'Eve', 'Ada', 'Bob']);
    expect((await sorted('sort=challenges&order=asc')).slice(-2).sort()).toEqual(['Ada', 'Bob']);
  });

  it.each(['challenges', 'score', 'lastActivity', 'name'])('pages by cursor without gaps or repeats (sort=%s)', async (sort) => {
    const whole = names((await h.request(admin.token, 'GET', `/dashboard/leaderboard?sort=${sort}&limit=100`)).body);
    const paged: string[] = [];
    let cursor: string | null = null;
    do {
      const { body }: { body: any } = await h.request(admin.token, 'GET', `/dashboard/leaderboard?sort=${sort}&limit=2${cursor ? `&cursor=${cursor}` : ''}`);
      expect(body.total).toBe(6);
      paged.push(...names(body));
      cursor = body.nextCursor;
    } while (cursor);
    expect(paged).toEqual(whole);
    const page2 = await h.request(admin.token, 'GET', `/dashboard/leaderboard?sort=${sort}&limit=2&page=2`);
    expect(names(page2.body)).toEqual(whole.slice(2, 4));
  });

  it('answers 400 naming the field for bad filters and cursors', async () => {
    const bad = async (query: string) => {
      const response = await h.request(admin.token, 'GET', `/dashboard/leaderboard?${query}`);
      expect(response.statusCode).toBe(400);
      return JSON.stringify(response.body);
    };
    expect(await bad('sort=rank')).toMatch(/sort must be one of/);
    expect(await bad('from=2026-12-01&to=2026-11-01')).toMatch(/from must be on or before to/);
    expect(await bad('cursor=nonsense')).toMatch(/cursor is not valid/);
    expect(await bad('limit=500')).toMatch(/limit must be between 1 and 100/);
    const { body } = await h.request(admin.token, 'GET', '/dashboard/leaderboard?sort=name&limit=1');
    expect(await bad(`sort=score&cursor=${body.nextCursor}`)).toMatch(/another sort order/);
    expect(await bad(`page=2&cursor=${body.nextCursor}&sort=name`)).toMatch(/either page or cursor/);
  });

  it('says why it is empty: no competitors yet, or nothing synced yet', async () => {
    const newcomer = await h.caller('coach');
    expect((await h.request(newcomer.token, 'GET', '/dashboard/leaderboard')).body).toMatchObject({
      items: [],
      total: 0,
      lastUpdated: null,
      empty: { reason: 'no_competitors' },
    });
    await h.prisma.coach.create({ data: { id: newcomer.id, email: 'newcomer@coaches.test', firstName: 'New', lastName: 'Comer' } });
    await h.prisma.competitor.create({ data: { coachId: newcomer.id, firstName: 'Gil', lastName: 'Green', gamePlatformId: randomUUID() } });
    await settle();
    const pending = await h.request(newcomer.token, 'GET', '/dashboard/leaderboard?page=2');
    expect(pending.body).toMatchObject({ items: [], total: 1, empty: { reason: 'sync_pending', message: 'Scores appear here after the first score sync' } });
  });

  it('exports the same rows as RFC 4180 CSV with formula cells neutralised', async () => {
    const response = await h.request(coachA.token, 'GET', `/dashboard/leaderboard.csv?${RANGE}&sort=name`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="leaderboard_2026-11-01_2026-11-30.csv"');
    const records: Record<string, string>[] = parse(response.text, { columns: true });
    expect(records.map((row) => row.lastName)).toEqual(['Byron', 'Lovelace', 'Offline', 'Pending', 'Smith, Jr.\nII']);
    expect(records[4]).toMatchObject({ rank: '3', firstName: `'=HYPERLINK("x")`, challenges: '8', score: '900', scoreSync: 'synced' });
    expect(records[1]).toMatchObject({
      rank: '1',
      email: 'ada@students.test',
      challengesInRange: '3',
      pointsInRange: '350',
      lastActivityAt: '2026-11-20T12:00:00.000Z',
    });
    const other = await h.request(coachA.token, 'GET', `/dashboard/leaderboard.csv?coachId=${f.coachB}`);
    expect(other.statusCode).toBe(404);
    const everyone: Record<string, string>[] = parse((await h.request(admin.token, 'GET', '/dashboard/leaderboard.csv')).text, { columns: true });
    const json = (await h.request(admin.token, 'GET', '/dashboard/leaderboard?limit=100')).body;
    expect(everyone.map((row) => row.email)).toEqual(json.items.map((row: any) => row.email ?? ''));
  });

  it('re-ranks within a second of a totals refresh (the rank snapshot follows the data)', async () => {
    await h.request(admin.token, 'GET', '/dashboard/leaderboard');
    const refreshedAt = new Date();
    await h.prisma.gamePlatformStats.update({ where: { competitorId: f.people.ada.id }, data: { challengesCompleted: 25, refreshedAt } });
    await settle();
    const { body } = await h.request(admin.token, 'GET', '/dashboard/leaderboard?limit=2');
    expect(body.items.map((row: any) => [row.firstName, row.rank, row.challenges])).toEqual([
      ['Ada', 1, 25],
      ['Finn', 2, 20],
    ]);
    expect(body.lastUpdated).toBe(refreshedAt.toISOString());
  });
});

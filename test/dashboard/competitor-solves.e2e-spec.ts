import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { Prisma } from '@app/persistence';
import { CompetitorSolvesQuery } from '../../apps/api/src/dashboard/competitor-solves/competitor-solves.query';
import { CompetitorSolvesService } from '../../apps/api/src/dashboard/competitor-solves/competitor-solves.service';
import { csvField } from '../../apps/api/src/dashboard/csv/csv';
import { csvInstantSql, csvIntegerSql, csvTextSql } from '../../apps/api/src/dashboard/csv/csv-sql';
import { DashboardFilter } from '../../apps/api/src/dashboard/dashboard-filter.query';
import { Caller, TestStack, testStack } from '../support/stack';
import { Fixture, RANGE, seedFixture } from './leaderboard-fixture';

describe('competitor drill-down: solves, solves.csv and categories', () => {
  let h: TestStack<'api'>;
  let f: Fixture;
  let admin: Caller;
  let coachA: Caller;

  beforeAll(async () => {
    h = await testStack('drill-down', { api: true });
    f = await seedFixture(h.prisma);
    admin = await h.caller('admin');
    coachA = await h.caller('coach', f.coachA);
  });

  afterAll(async () => {
    await h?.close();
  });

  const solves = (who: Caller, id: string, query = '') => h.request(who.token, 'GET', `/dashboard/competitors/${id}/solves?${RANGE}${query}`);
  const titles = (body: any) => body.items.map((item: any) => item.title);

  it('lists the range by date (newest first), by points, or one category', async () => {
    const { statusCode, body } = await solves(coachA, f.people.ada.id);
    expect(statusCode).toBe(200);
    expect(body.competitor).toEqual({ id: f.people.ada.id, firstName: 'Ada', lastName: 'Lovelace', username: 'ada_l' });
    expect(titles(body)).toEqual(['SQL jam', '+cmd, "quoted"\nnext line', 'Cookie monster']);
    expect(body.items[0]).toEqual({
      challengeSolveId: 3,
      challengeId: 103,
      title: 'SQL jam',
      category: 'web',
      points: 200,
      solvedAt: '2026-11-10T08:00:00.000Z',
      source: 'odl',
    });
    expect(body).toMatchObject({ nextCursor: null, empty: null, lastUpdated: '2026-11-26T10:00:00.000Z' });
    expect(titles((await solves(coachA, f.people.ada.id, '&sort=points')).body)).toEqual(['SQL jam', 'Cookie monster', '+cmd, "quoted"\nnext line']);
    expect(titles((await solves(coachA, f.people.ada.id, '&sort=points&order=asc')).body)).toEqual(['+cmd, "quoted"\nnext line', 'Cookie monster', 'SQL jam']);
    expect(titles((await solves(coachA, f.people.ada.id, '&category=web&order=asc')).body)).toEqual(['Cookie monster', 'SQL jam']);
    expect(titles((await h.request(coachA.token, 'GET', `/dashboard/competitors/${f.people.ada.id}/solves?from=2026-10-01&to=2026-10-31`)).body)).toEqual([
      'Old pwn',
    ]);
  });

  it.each(['date', 'points'])('pages by cursor without gaps or repeats (sort=%s)', async (sort) => {
    const seen: string[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const { body }: { body: any } = await solves(coachA, f.people.ada.id, `&sort=${sort}&limit=1${cursor ? `&cursor=${cursor}` : ''}`);
      seen.push(...titles(body));
      cursor = body.nextCursor;
      pages++;
    } while (cursor);
    expect(seen).toEqual(titles((await solves(coachA, f.people.ada.id, `&sort=${sort}`)).body));
    expect(pages).toBe(3);
  });

  it("scopes like every read: own = 200, another coach's = 404, admin with and without coachId", async () => {
    expect((await solves(coachA, f.people.finn.id)).statusCode).toBe(404);
    expect((await h.request(coachA.token, 'GET', `/dashboard/competitors/${f.people.finn.id}/categories`)).statusCode).toBe(404);
    expect((await h.request(coachA.token, 'GET', `/dashboard/competitors/${f.people.finn.id}/solves.csv`)).statusCode).toBe(404);
    expect(titles((await solves(admin, f.people.finn.id)).body)).toEqual(['Fast one']);
    expect((await solves(admin, f.people.finn.id, `&coachId=${f.coachB}`)).statusCode).toBe(200);
    expect((await solves(admin, f.people.finn.id, `&coachId=${f.coachA}`)).statusCode).toBe(404);
    expect((await h.request(admin.token, 'GET', '/dashboard/competitors/not-a-uuid/solves')).statusCode).toBe(400);
    expect((await solves(coachA, f.people.ada.id, '&sort=score')).statusCode).toBe(400);
  });

  it('says why there is nothing: not on the platform, sync pending, no solves in the range', async () => {
    expect((await solves(coachA, f.people.eve.id)).body).toMatchObject({ items: [], lastUpdated: null, empty: { reason: 'not_on_platform' } });
    expect((await solves(coachA, f.people.dee.id)).body).toMatchObject({ items: [], lastUpdated: null, empty: { reason: 'sync_pending' } });
    const quiet = await h.request(coachA.token, 'GET', `/dashboard/competitors/${f.people.ada.id}/solves?from=2025-01-01&to=2025-01-31`);
    expect(quiet.body).toMatchObject({ items: [], empty: { reason: 'no_solves', message: 'No solves in this period' } });
  });

  it('breaks the range down per category', async () => {
    const ada = await h.request(coachA.token, 'GET', `/dashboard/competitors/${f.people.ada.id}/categories?${RANGE}`);
    expect(ada.body).toMatchObject({ totalSolves: 3, empty: null, lastUpdated: '2026-11-26T10:00:00.000Z' });
    expect(ada.body.categories).toEqual([
      { category: 'web', solves: 2, points: 300, share: 0.6667, lastSolvedAt: '2026-11-10T08:00:00.000Z' },
      { category: 'crypto', solves: 1, points: 50, share: 0.3333, lastSolvedAt: '2026-11-05T08:00:00.000Z' },
    ]);
    const bob = await h.request(coachA.token, 'GET', `/dashboard/competitors/${f.people.bob.id}/categories?${RANGE}`);
    expect(bob.body.categories.map((row: any) => [row.category, row.solves, row.points])).toEqual([
      ['crypto', 1, 50],
      [null, 1, 0],
    ]);
    expect((await h.request(coachA.token, 'GET', `/dashboard/competitors/${f.people.eve.id}/categories`)).body).toMatchObject({
      totalSolves: 0,
      categories: [],
      empty: { reason: 'not_on_platform' },
    });
  });

  it('exports the solves as CSV that parses back, quotes, commas, newlines and formula cells included', async () => {
    const response = await h.request(coachA.token, 'GET', `/dashboard/competitors/${f.people.ada.id}/solves.csv?${RANGE}&sort=points`);
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toMatch(/^text\/csv/);
    expect(response.headers['content-disposition']).toBe('attachment; filename="solves_Lovelace_Ada_2026-11-01_2026-11-30.csv"');
    const records: Record<string, string>[] = parse(response.text, { columns: true });
    expect(records).toEqual([
      { solvedAt: '2026-11-10T08:00:00.000Z', challengeId: '103', title: 'SQL jam', category: 'web', points: '200', source: 'odl', challengeSolveId: '3' },
      {
        solvedAt: '2026-11-02T08:00:00.000Z',
        challengeId: '101',
        title: 'Cookie monster',
        category: 'web',
        points: '100',
        source: 'odl',
        challengeSolveId: '1',
      },
      {
        solvedAt: '2026-11-05T08:00:00.000Z',
        challengeId: '102',
        title: `'+cmd, "quoted"\nnext line`,
        category: 'crypto',
        points: '50',
        source: 'odl',
        challengeSolveId: '2',
      },
    ]);
    const none = await h.request(coachA.token, 'GET', `/dashboard/competitors/${f.people.eve.id}/solves.csv`);
    expect(parse(none.text)).toEqual([['solvedAt', 'challengeId', 'title', 'category', 'points', 'source', 'challengeSolveId']]);
  });

  it.each([
    ['date', 'desc'],
    ['date', 'asc'],
    ['points', 'desc'],
    ['points', 'asc'],
  ] as const)('streams the CSV lines in batches of any size without gaps or repeats (sort=%s, order=%s)', async (sort, order) => {
    const service = h.api.get(CompetitorSolvesService);
    const november: DashboardFilter = { from: new Date('2026-11-01T00:00:00Z'), toExclusive: new Date('2026-12-01T00:00:00Z'), days: 30 };
    const query = Object.assign(new CompetitorSolvesQuery(), { sort, order });
    const competitor = await service.competitor(november, f.people.ada.id);
    const exported = async (batchSize?: number) => {
      let text = '';
      for await (const lines of service.csvLines(competitor, november, query, batchSize)) text += lines;
      return text;
    };
    const whole = await exported();
    expect(parse(whole)).toHaveLength(3);
    // 3: a full batch, then an empty read.
    for (const batchSize of [1, 2, 3]) expect(await exported(batchSize)).toBe(whole);
  });

  it('writes every CSV field in PostgreSQL exactly as csvField does', async () => {
    /** `values` through `field` in SQL, as `type`, in order. */
    const written = async (field: (value: Prisma.Sql) => Prisma.Sql, values: (string | number | null)[], type: string) => {
      const [{ fields }] = await h.prisma.$queryRaw<{ fields: string[] }[]>`
        SELECT coalesce(array_agg(${field(Prisma.sql`v`)} ORDER BY i), '{}') AS fields FROM unnest(${values}::${Prisma.raw(type)}[]) WITH ORDINALITY AS u(v, i)`;
      return fields;
    };
    const risky = fc.string({ unit: fc.constantFrom('=', '+', '-', '@', '\t', '\r', '\n', '"', ',', "'", ' ', 'a', '1', 'é', '😀') });
    const anyText = fc.string({ unit: 'binary' }).map((text) => text.replaceAll('\0', '')); // PostgreSQL text holds no NUL
    const instant = fc.date({ min: new Date('1970-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.option(fc.oneof(risky, anyText))),
        fc.array(fc.option(fc.integer())),
        fc.array(fc.option(instant)),
        async (texts, integers, instants) => {
          expect(await written(csvTextSql, texts, 'text')).toEqual(texts.map(csvField));
          expect(await written(csvIntegerSql, integers, 'int')).toEqual(integers.map(csvField));
          expect(
            await written(
              csvInstantSql,
              instants.map((at) => at?.toISOString() ?? null),
              'timestamptz',
            ),
          ).toEqual(instants.map(csvField));
        },
      ),
      { numRuns: 50 },
    );
  });
});

import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DataVersion } from '@app/common';
import { PrismaService } from '@app/persistence';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { mintToken } from '../../apps/api/src/auth';
import { TeamsMatrixService } from '../../apps/api/src/dashboard/teams/teams-matrix.service';
import { TEST_JWT_SECRET, TestEnvironment, useTestEnvironment } from '../support/environment';
import { injectChecked } from '../support/contract';

const MAX_ENTRIES = 4;

/** The API's read cache, on with a long TTL so only invalidation, never expiry, refreshes an answer. */
describe('read cache of the JSON reads', () => {
  let env: TestEnvironment;
  let api: NestFastifyApplication;
  let prisma: PrismaService;
  let admin: string;
  let otherAdmin: string;
  const coaches: { id: string; token: string; teamName: string }[] = [];

  beforeAll(async () => {
    env = await useTestEnvironment('read-cache', { READ_CACHE_TTL_MS: '600000', READ_CACHE_MAX_ENTRIES: String(MAX_ENTRIES) });
    api = await createApiApp();
    await api.init();
    prisma = api.get(PrismaService);
    for (const name of ['Ada', 'Bo']) {
      const coach = await prisma.coach.create({ data: { email: `${name}@read-cache.test`, firstName: name, lastName: 'Coach' } });
      await prisma.team.create({ data: { coachId: coach.id, name: `${name} team`, division: 'high_school', affiliation: 'X' } });
      coaches.push({ id: coach.id, token: await mintToken(TEST_JWT_SECRET, { sub: coach.id, role: 'coach' }), teamName: `${name} team` });
    }
    admin = await mintToken(TEST_JWT_SECRET, { sub: 'admin-1', role: 'admin' });
    otherAdmin = await mintToken(TEST_JWT_SECRET, { sub: 'admin-2', role: 'admin' });
  });

  afterAll(async () => {
    await api?.close();
    await env?.teardown();
  });

  beforeEach(async () => {
    await api.get(DataVersion).bump();
  });

  const get = (url: string, token: string) => injectChecked(api, { method: 'GET', url, headers: { authorization: `Bearer ${token}` } });
  const teamNames = (body: string) => (JSON.parse(body) as { items: { name: string }[] }).items.map((team) => team.name).sort();
  const tileNames = (body: string) => (JSON.parse(body) as { teams: { name: string }[] }).teams.map((team) => team.name).sort();

  it('answers the second read from the cache with the same bytes and says so', async () => {
    const first = await get('/dashboard/overview', admin);
    const second = await get('/dashboard/overview', admin);
    expect(first.statusCode).toBe(200);
    expect(first.headers['cache-status']).toBe('gps-api; fwd=miss');
    expect(second.headers['cache-status']).toMatch(/^gps-api; hit; ttl=\d+$/);
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.body).toBe(first.body);
    expect(JSON.parse(second.body).lastUpdated).toEqual(JSON.parse(first.body).lastUpdated);
    // The same query spelled in another order is the same answer.
    await get('/dashboard/overview?division=high_school&from=2026-01-01', admin);
    expect((await get('/dashboard/overview?from=2026-01-01&division=high_school', admin)).headers['cache-status']).toMatch(/hit/);
  });

  it('shows a write through the API to the next read, lists and dashboard alike', async () => {
    expect(teamNames((await get('/teams', admin)).body)).toEqual(['Ada team', 'Bo team']);
    expect(tileNames((await get('/dashboard/teams', admin)).body)).toEqual(['Ada team', 'Bo team']);
    expect((await get('/teams', admin)).headers['cache-status']).toMatch(/hit/);

    const created = await injectChecked(api, {
      method: 'POST',
      url: '/teams',
      headers: { authorization: `Bearer ${admin}` },
      payload: { name: 'Cy team', division: 'high_school', affiliation: 'X', coachId: coaches[0].id },
    });
    expect(created.statusCode).toBe(201);

    const list = await get('/teams', admin);
    expect(list.headers['cache-status']).toBe('gps-api; fwd=miss');
    expect(teamNames(list.body)).toEqual(['Ada team', 'Bo team', 'Cy team']);
    expect(tileNames((await get('/dashboard/teams', admin)).body)).toEqual(['Ada team', 'Bo team', 'Cy team']);
  });

  it("never serves a coach another coach's or an administrator's answer", async () => {
    const [ada, bo] = coaches;
    const everything = teamNames((await get('/teams', admin)).body);
    expect(everything.length).toBeGreaterThan(2);
    const adas = await get('/teams', ada.token);
    const bos = await get('/teams', bo.token);
    expect(adas.headers['cache-status']).toBe('gps-api; fwd=miss');
    expect(bos.headers['cache-status']).toBe('gps-api; fwd=miss');
    expect(teamNames(bos.body)).toEqual([bo.teamName]);
    const adasAgain = await get('/teams', ada.token);
    expect(adasAgain.headers['cache-status']).toMatch(/hit/);
    expect(teamNames(adasAgain.body)).not.toContain(bo.teamName);
    expect(teamNames(adasAgain.body)).toContain(ada.teamName);
    // Administrators share the scope's answers, but /me is each user's own.
    expect((await get('/teams', otherAdmin)).headers['cache-status']).toMatch(/hit/);
    expect(JSON.parse((await get('/me', admin)).body).user.id).toBe('admin-1');
    const otherMe = await get('/me', otherAdmin);
    expect(otherMe.headers['cache-status']).toBe('gps-api; fwd=miss');
    expect(JSON.parse(otherMe.body).user.id).toBe('admin-2');
    // A coach asking for another coach's data is refused, and the refusal is not cached.
    const refused = await get(`/dashboard/teams?coachId=${bo.id}`, ada.token);
    expect(refused.statusCode).toBe(404);
    expect(refused.headers['cache-status']).toBeUndefined();
  });

  it('computes once for concurrent misses of one read', async () => {
    const matrix = jest.spyOn(api.get(TeamsMatrixService), 'matrix');
    try {
      const answers = await Promise.all(Array.from({ length: 20 }, () => get('/dashboard/teams?division=high_school', admin)));
      expect(matrix).toHaveBeenCalledTimes(1);
      expect(new Set(answers.map((answer) => answer.statusCode))).toEqual(new Set([200]));
      expect(new Set(answers.map((answer) => answer.body)).size).toBe(1);
      const statuses = answers.map((answer) => answer.headers['cache-status']);
      expect(statuses.filter((status) => status === 'gps-api; fwd=miss')).toHaveLength(1);
    } finally {
      matrix.mockRestore();
    }
  });

  it(`keeps at most ${MAX_ENTRIES} answers, evicting the least recently used`, async () => {
    const divisions = ['high_school', 'middle_school', 'college', 'high_school&from=2026-01-01', 'middle_school&from=2026-01-01'];
    for (const division of divisions) expect((await get(`/dashboard/teams?division=${division}`, admin)).statusCode).toBe(200);
    expect((await get(`/dashboard/teams?division=${divisions[4]}`, admin)).headers['cache-status']).toMatch(/hit/);
    expect((await get(`/dashboard/teams?division=${divisions[0]}`, admin)).headers['cache-status']).toBe('gps-api; fwd=miss');
    const metrics = (await api.inject({ method: 'GET', url: '/metrics' })).body;
    expect(metrics).toContain(`gps_read_cache_entries ${MAX_ENTRIES}`);
    expect(metrics).toMatch(/gps_read_cache_requests_total\{result="hit"\} [1-9]/);
    expect(metrics).toMatch(/gps_read_cache_requests_total\{result="collapsed"\} [1-9]/);
  });

  describe('with READ_CACHE_TTL_MS=0', () => {
    let uncached: NestFastifyApplication;

    beforeAll(async () => {
      process.env.READ_CACHE_TTL_MS = '0';
      uncached = await createApiApp();
      await uncached.init();
    });

    afterAll(async () => {
      await uncached?.close();
    });

    it('computes every read and answers the same bytes as the cache', async () => {
      const read = () => injectChecked(uncached, { method: 'GET', url: '/teams', headers: { authorization: `Bearer ${admin}` } });
      const [first, second] = [await read(), await read()];
      expect([first.headers['cache-status'], second.headers['cache-status']]).toEqual(['gps-api; fwd=bypass', 'gps-api; fwd=bypass']);
      await get('/teams', admin);
      const cached = await get('/teams', admin);
      expect(cached.headers['cache-status']).toMatch(/hit/);
      expect(cached.body).toBe(second.body);
    });
  });
});

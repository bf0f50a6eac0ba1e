import { type SimulatorHandle, simulatedUserId, startSimulator } from '../../apps/game-platform-sim/src';
import { vendorCall } from './vendor-http';

const ODL = 'GET /scores/get_odl_scores';

describe('simulator control API: faults and counters', () => {
  let sim: SimulatorHandle;
  const query = { syned_user_id: simulatedUserId(0) };

  beforeAll(async () => {
    sim = await startSimulator({ users: 3 });
  });

  afterAll(async () => {
    await sim?.close();
  });

  beforeEach(async () => {
    await sim.control.clearFaults();
    await sim.control.resetCounters();
  });

  it('rate limit: calls over N per second get 429 with Retry-After seconds', async () => {
    await sim.control.setFaults({ rateLimit: { requestsPerSecond: 3, retryAfterSeconds: 2 } });
    const responses = await Promise.all(Array.from({ length: 5 }, () => vendorCall(sim, 'GET', '/scores/get_odl_scores', { query })));
    const limited = responses.filter((r) => r.status === 429);
    expect(responses.filter((r) => r.status === 201)).toHaveLength(3);
    expect(limited).toHaveLength(2);
    for (const r of limited) {
      expect(r.headers.get('retry-after')).toBe('2');
      expect(r.body).toEqual({ detail: 'Too Many Requests' });
    }
    expect(await sim.control.count(ODL, 429)).toBe(2);
  });

  it('outage window: every call gets 503 until it ends', async () => {
    await sim.control.setFaults({ outageSeconds: 60 });
    expect(await vendorCall(sim, 'GET', '/')).toMatchObject({ status: 503, body: { detail: 'Service Unavailable' } });
    expect((await sim.control.faults()).outageRemainingSeconds).toBeGreaterThan(50);
    await sim.control.clearFaults();
    expect((await vendorCall(sim, 'GET', '/')).status).toBe(200);
  });

  it('error rate 1 fails every call with the chosen status; failNext fails exactly N', async () => {
    await sim.control.setFaults({ errorRate: 1 });
    const plain = await vendorCall(sim, 'GET', '/scores/get_odl_scores', { query });
    expect(plain).toMatchObject({ status: 500, body: 'Internal Server Error' });
    await sim.control.setFaults({ errorRate: 1, errorStatus: 502 });
    expect(await vendorCall(sim, 'GET', '/')).toMatchObject({ status: 502, body: { detail: 'Bad Gateway' } });

    await sim.control.setFaults({ failNext: 2, errorStatus: 503 });
    const statuses = [];
    for (let i = 0; i < 3; i++) statuses.push((await vendorCall(sim, 'GET', '/scores/get_odl_scores', { query })).status);
    expect(statuses).toEqual([503, 503, 201]);
  });

  it('faults can target some paths only', async () => {
    await sim.control.setFaults({ errorRate: 1, paths: ['/scores/get_odl_scores'] });
    expect((await vendorCall(sim, 'GET', '/scores/get_odl_scores', { query })).status).toBe(500);
    expect((await vendorCall(sim, 'GET', '/scores/get_flash_ctf_progress', { query })).status).toBe(200);
  });

  it('a hanging call never answers and is counted as a timeout', async () => {
    await sim.control.setFaults({ hangNext: 1, hangMs: 5000 });
    await expect(fetch(`${sim.url}/`, { headers: { authorization: `Bearer ${sim.token}` }, signal: AbortSignal.timeout(300) })).rejects.toThrow();
    expect(await sim.control.count('GET /', 'timeout')).toBe(1);
    expect((await vendorCall(sim, 'GET', '/')).status).toBe(200);
  });

  it('latency delays answers', async () => {
    await sim.control.setFaults({ latencyMs: 150 });
    const started = performance.now();
    expect((await vendorCall(sim, 'GET', '/')).status).toBe(200);
    expect(performance.now() - started).toBeGreaterThanOrEqual(140);
  });

  it('counts calls per route and status, and resets the counts', async () => {
    await vendorCall(sim, 'GET', '/scores/get_odl_scores', { query });
    await vendorCall(sim, 'GET', '/scores/get_odl_scores', { query: { syned_user_id: 'nobody' } });
    await vendorCall(sim, 'POST', '/teams/delete', { body: { syned_team_id: 'none' } });
    await sim.control.state();
    expect(await sim.control.counters()).toEqual({
      total: 3,
      byRoute: { [ODL]: { '201': 1, '404': 1 }, 'POST /teams/delete': { '404': 1 } },
    });
    expect((await sim.control.resetCounters()).total).toBe(0);
  });

  it('the control API rejects bad input with a 400 naming the field', async () => {
    await expect(sim.control.setFaults({ errorRate: 2 })).rejects.toMatchObject({
      status: 400,
      body: { detail: expect.stringContaining('errorRate') },
    });
    await expect(sim.control.addSolves('nobody', 1)).rejects.toMatchObject({ status: 404 });
  });

  it('activity adds solves for a share of competitors', async () => {
    const before = (await sim.control.state()).solves;
    const { users, solves } = await sim.control.activity({ userFraction: 1, solvesPerUser: 2 });
    expect(users).toHaveLength(3);
    expect(solves).toBe(6);
    expect((await sim.control.state()).solves).toBe(before + 6);
  });
});

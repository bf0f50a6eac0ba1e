import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createWorkerApp } from '../../apps/worker/src/bootstrap';
import { TestStack, testStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

interface Schedule {
  name: string;
  pattern: string | null;
  activePattern: string | null;
  enabled: boolean;
  applied: boolean;
  nextRunAt: string | null;
}

describe('recurring schedules at runtime: listed, changed, disabled, across replicas, without a restart', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let adminToken: string;
  let coachToken: string;
  const replicas: NestFastifyApplication[] = [];

  const schedules = async () => (await h.request(adminToken, 'GET', '/admin/schedules')).body as Schedule[];
  const sync = async () => (await schedules()).find((schedule) => schedule.name === 'game_platform_sync')!;
  const patch = (body: object, name = 'game_platform_sync') =>
    h.api.inject({ method: 'PATCH', url: `/admin/schedules/${name}`, payload: body, headers: { authorization: `Bearer ${adminToken}` } });

  beforeAll(async () => {
    h = await testStack('schedules', { simulator: { users: 4, seed: 3 }, api: true, worker: true, env: { SCHEDULE_RECONCILE_INTERVAL_MS: '1000' } });
    adminToken = (await h.caller('admin', 'admin-1')).token;
    coachToken = (await h.caller('coach', '00000000-0000-4000-8000-000000000001')).token;
    const second = await createWorkerApp();
    await second.init();
    replicas.push(second);
  });

  afterAll(async () => {
    for (const replica of replicas) await replica.close();
    await h?.close();
  });

  it('lists every schedule with its pattern, next run and state', async () => {
    const listed = await schedules();
    expect(listed.map((schedule) => schedule.name).sort()).toEqual(['game_platform_sync', 'game_platform_totals_sweep', 'maintenance_cleanup']);
    expect(await sync()).toMatchObject({ pattern: null, activePattern: '0 0 1 1 *', enabled: true, applied: true, nextRunAt: expect.any(String) });
  });

  it("a new pattern reaches Redis through the replicas' reconcilers, audited", async () => {
    const changed = await patch({ pattern: '*/5 * * * *' });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ pattern: '*/5 * * * *', enabled: true });
    expect(await waitFor(async () => (await sync()).applied && sync(), { description: 'the changed schedule to be applied' })).toMatchObject({
      activePattern: '*/5 * * * *',
    });
    const audit = await h.prisma.auditLog.findFirst({ where: { action: 'admin.schedule.update', targetId: 'game_platform_sync' } });
    expect(audit?.payload).toMatchObject({ before: null, after: { pattern: '*/5 * * * *', enabled: true } });
  });

  it('disabled: the schedule leaves Redis and a worker that starts does not bring it back; enabled again: it returns with its pattern', async () => {
    expect((await patch({ enabled: false })).statusCode).toBe(200);
    expect(await waitFor(async () => (await sync()).applied && sync(), { description: 'the disabled schedule to be applied' })).toMatchObject({
      activePattern: null,
      nextRunAt: null,
      enabled: false,
    });
    const restarted = await createWorkerApp();
    await restarted.init();
    replicas.push(restarted);
    expect(await sync()).toMatchObject({ activePattern: null, enabled: false });
    expect((await h.worker.inject({ method: 'GET', url: '/health/ready' })).statusCode).toBe(200);

    expect((await patch({ enabled: true })).statusCode).toBe(200);
    expect(await waitFor(async () => (await sync()).applied && sync(), { description: 'the re-enabled schedule to be applied' })).toMatchObject({
      activePattern: '*/5 * * * *',
      nextRunAt: expect.any(String),
    });
  });

  it('refuses a pattern that is not cron, an unknown schedule, an empty change, and coaches', async () => {
    const invalid = await patch({ pattern: 'every five minutes' });
    expect(invalid.statusCode).toBe(400);
    expect(JSON.stringify(invalid.json())).toContain('is not a cron pattern');
    expect((await patch({ pattern: '* * * * *' }, 'nope')).statusCode).toBe(400);
    expect((await patch({})).statusCode).toBe(400);
    expect((await h.request(coachToken, 'GET', '/admin/schedules')).statusCode).toBe(403);
  });
});

import { Client } from 'pg';
import { GamePlatformClient } from '@app/game-platform';
import { JobName } from '@app/jobs';
import { TestStack, testStack } from '../support/stack';
import { waitFor } from '../support/wait-for';
import { injectChecked } from '../support/contract';

const METRICS_TOKEN = 'metrics-token-for-tests-only';
const HOUR_MS = 60 * 60 * 1000;

describe('alerts are evaluated, fire and clear; /metrics exposes the series', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let adminToken: string;
  let db: Client;
  let coachId: string;

  const alerts = async () => {
    const response = await h.request(adminToken, 'GET', '/admin/alerts');
    expect(response.statusCode).toBe(200);
    return response.body as { key: string; severity: string; since: string; value: number; threshold: number; message: string; remediation: string }[];
  };
  const active = async (key: string) => (await alerts()).find((alert) => alert.key === key);
  const scrape = async (app: 'api' | 'worker') => {
    const target = app === 'api' ? h.api : h.worker;
    const response = await target.inject({ method: 'GET', url: '/metrics', headers: { authorization: `Bearer ${METRICS_TOKEN}` } });
    expect(response.statusCode).toBe(200);
    return response.body;
  };
  const run = (status: 'succeeded' | 'failed', hoursAgo: number) => {
    const at = new Date(Date.now() - hoursAgo * HOUR_MS);
    return h.prisma.gamePlatformSyncRun.create({ data: { kind: 'incremental', status, startedAt: at, finishedAt: at } });
  };

  beforeAll(async () => {
    h = await testStack('admin-alerts', {
      simulator: { users: 4, seed: 3 },
      api: true,
      worker: true,
      env: {
        METRICS_TOKEN,
        ALERT_SYNC_FAILURE_MIN_RUNS: '3',
        ALERT_JOB_MAX_RUNTIME_SECONDS: '1',
        ALERT_VENDOR_5XX_RATE: '0.5',
        ALERT_VENDOR_MIN_REQUESTS: '3',
        ALERT_ONBOARDING_WAIT_MINUTES: '1',
        ALERT_ROSTER_PENDING_MINUTES: '1',
      },
    });
    adminToken = (await h.caller('admin', 'admin-1')).token;
    db = new Client({ connectionString: h.databaseUrl });
    await db.connect();
    coachId = (await h.prisma.coach.create({ data: { email: 'coach@example.test', firstName: 'Co', lastName: 'Ach' } })).id;
  });

  afterAll(async () => {
    await db?.end();
    await h?.close();
  });

  it('no successful sync in 12 h: fires once competitors are linked, clears on a successful run', async () => {
    expect(await active('no_successful_sync')).toBeUndefined();
    await h.prisma.competitor.create({
      data: { coachId, firstName: 'Li', lastName: 'Nked', status: 'complete', gamePlatformId: '11111111-1111-4111-8111-111111111111' },
    });
    await run('succeeded', 13);
    const alert = await active('no_successful_sync');
    expect(alert).toMatchObject({ severity: 'critical', threshold: 12, remediation: expect.any(String) });
    expect(alert!.value).toBeGreaterThan(12);
    expect((await active('no_successful_sync'))!.since).toBe(alert!.since);
    expect(await scrape('api')).toContain('gps_alert_active{alert="no_successful_sync",severity="critical"} 1');
    await run('succeeded', 1);
    expect(await active('no_successful_sync')).toBeUndefined();
    expect(await scrape('api')).toContain('gps_alert_active{alert="no_successful_sync",severity="critical"} 0');
  });

  it('3 consecutive failed runs fire; a success clears', async () => {
    await run('failed', 0.3);
    await run('failed', 0.2);
    expect(await active('consecutive_failed_runs')).toBeUndefined();
    await run('failed', 0.1);
    expect(await active('consecutive_failed_runs')).toMatchObject({ severity: 'critical', value: 3, threshold: 3 });
    await run('succeeded', 0.05);
    expect(await active('consecutive_failed_runs')).toBeUndefined();
  });

  it('sync failure rate > 10 % over the window fires; enough successes clear it', async () => {
    // 3 failed of 6 finished runs in 24 h (the 13 h old success included).
    expect(await active('sync_failure_rate')).toMatchObject({ severity: 'warning', value: 0.5, threshold: 0.1 });
    await h.prisma.gamePlatformSyncRun.createMany({
      data: Array.from({ length: 25 }, () => ({ kind: 'incremental' as const, status: 'succeeded' as const, finishedAt: new Date() })),
    });
    expect(await active('sync_failure_rate')).toBeUndefined();
  });

  it('a job running longer than the limit fires; it clears when the job ends', async () => {
    // The clean-up blocks on the audit table held by another transaction: a real job stuck in the worker.
    await db.query('BEGIN');
    await db.query('LOCK TABLE audit_log IN ACCESS EXCLUSIVE MODE');
    const job = await h.jobs.enqueue(JobName.MaintenanceCleanup, { reason: 'manual' });
    try {
      const alert = await waitFor(() => active('long_running_job'), { description: 'the long_running_job alert' });
      expect(alert).toMatchObject({ value: 1, threshold: 1, message: expect.stringContaining(`maintenance/maintenance_cleanup#${job.id}`) });
    } finally {
      await db.query('ROLLBACK');
    }
    await waitFor(() => job.isCompleted(), { description: 'the maintenance job to complete' });
    expect(await active('long_running_job')).toBeUndefined();
  });

  it("vendor 5xx rate over the window fires from the worker client's calls; successes dilute it below the threshold", async () => {
    const client = h.worker.get(GamePlatformClient, { strict: false });
    await h.sim.control.setFaults({ errorRate: 1, errorStatus: 503 });
    await expect(client.ping()).rejects.toThrow();
    await expect(client.ping()).rejects.toThrow();
    const alert = await waitFor(() => active('vendor_5xx_rate'), { description: 'the vendor_5xx_rate alert' });
    expect(alert.value).toBe(1);
    await h.sim.control.clearFaults();
    const worker = await scrape('worker');
    expect(worker).toMatch(/gps_vendor_requests_total\{method="GET",path="[^"]+",status="503",outcome="error"\} \d+/);
    for (let i = 0; i < 12; i += 1) await client.ping();
    await waitFor(async () => !(await active('vendor_5xx_rate')), { description: 'the vendor_5xx_rate alert to clear' });
  });

  it('onboarding failures waiting longer than the threshold fire; clear once onboarded', async () => {
    const competitor = await h.prisma.competitor.create({
      data: { coachId, firstName: 'Ona', lastName: 'Board', status: 'complete', gamePlatformSyncError: 'email already used by another platform account' },
    });
    expect(await active('onboarding_failures_waiting')).toBeUndefined();
    await db.query(`UPDATE competitors SET updated_at = now() - interval '5 minutes' WHERE id = $1`, [competitor.id]);
    expect(await active('onboarding_failures_waiting')).toMatchObject({ value: 1, message: expect.stringContaining('Ona Board: email already used') });
    await h.prisma.competitor.update({
      where: { id: competitor.id },
      data: { gamePlatformId: '22222222-2222-4222-8222-222222222222', gamePlatformSyncError: null },
    });
    expect(await active('onboarding_failures_waiting')).toBeUndefined();
  });

  it('roster drift (membership in error) fires; clears when synced', async () => {
    const team = await h.prisma.team.create({ data: { coachId, name: 'Drifters', division: 'high_school', affiliation: 'Somewhere High' } });
    const competitor = await h.prisma.competitor.create({ data: { coachId, firstName: 'Ro', lastName: 'Ster' } });
    const membership = await h.prisma.teamMembership.create({ data: { teamId: team.id, competitorId: competitor.id, remoteState: 'error' } });
    expect(await active('roster_drift')).toMatchObject({ value: 1, threshold: 1 });
    await h.prisma.teamMembership.update({ where: { id: membership.id }, data: { remoteState: 'synced' } });
    expect(await active('roster_drift')).toBeUndefined();
  });

  it('/metrics needs METRICS_TOKEN and exposes queue depth, job, vendor, limiter, breaker and sync lag series', async () => {
    expect((await injectChecked(h.api, { method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    expect((await h.worker.inject({ method: 'GET', url: '/metrics', headers: { authorization: 'Bearer wrong' } })).statusCode).toBe(401);
    const synedUserId = '33333333-3333-4333-8333-333333333333';
    await h.prisma.competitor.create({ data: { coachId, firstName: 'La', lastName: 'Gging', gamePlatformId: synedUserId, status: 'complete' } });
    await h.prisma.gamePlatformSyncState.create({
      data: { synedUserId, activityTier: 'medium', lastResult: 'success', lastAttemptAt: new Date(Date.now() - 600_000) },
    });

    const api = await scrape('api');
    for (const state of ['waiting', 'active', 'delayed', 'failed', 'completed', 'dead'])
      expect(api).toContain(`gps_queue_jobs{queue="maintenance",state="${state}"}`);
    expect(api).toContain('gps_queue_paused{queue="sync"} 0');
    expect(api).toMatch(/gps_sync_lag_seconds\{tier="medium",stat="max"\} (59\d|60\d)/);
    expect(api).toContain('gps_alert_active{alert="roster_drift",severity="warning"} 0');

    const worker = await scrape('worker');
    expect(worker).toMatch(/gps_job_duration_seconds_bucket\{le="[^"]+",queue="maintenance",type="maintenance_cleanup",outcome="completed"\}/);
    expect(worker).toMatch(/gps_job_attempts_total\{queue="maintenance",type="maintenance_cleanup",outcome="completed"\} \d+/);
    expect(worker).toMatch(/gps_vendor_request_duration_seconds_count\{method="GET",path="[^"]+",status="200"\} \d+/);
    expect(worker).toContain('gps_vendor_rate_limit_waits_total');
    expect(worker).toContain('gps_vendor_rate_limit_effective_rps');
    expect(worker).toContain('gps_vendor_circuit_state{state="closed"} 1');
    expect(worker).toContain('gps_queue_jobs{queue="sync",state="waiting"}');
    expect(worker).toContain('gps_sync_lag_seconds{tier="medium",stat="p50"}');
  });
});

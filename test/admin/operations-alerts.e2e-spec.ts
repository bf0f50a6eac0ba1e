import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Client } from 'pg';
import { GamePlatformClient } from '@app/game-platform';
import { ALERT_KEYS } from '../../apps/api/src/admin/alerts/alerts.dto';
import { TestStack, testStack } from '../support/stack';
import { waitFor } from '../support/wait-for';

const MINUTE_MS = 60_000;
const repoRoot = path.join(__dirname, '..', '..');

describe('operations alerts: vendor 401/403 and 4xx, per-competitor failures, freshness SLA, open dead letters', () => {
  let h: TestStack<'simulator' | 'api' | 'worker'>;
  let adminToken: string;
  let db: Client;
  let coachId: string;

  const alerts = async () => {
    const response = await h.request(adminToken, 'GET', '/admin/alerts?all=true');
    expect(response.statusCode).toBe(200);
    return response.body as { key: string; severity: string; active: boolean; value: number; threshold: number; message: string; runbook: string }[];
  };
  const alert = async (key: string) => (await alerts()).find((candidate) => candidate.key === key)!;
  let next = 0;
  const linkedCompetitor = async (state: { lastResult: 'success' | 'failure'; minutesAgo: number; tier?: 'high' | 'medium' | 'low' }) => {
    next += 1;
    const synedUserId = `00000000-0000-4000-8000-${String(next).padStart(12, '0')}`;
    await h.prisma.competitor.create({
      data: {
        coachId,
        firstName: 'C',
        lastName: String(next),
        status: 'complete',
        gamePlatformId: synedUserId,
        createdAt: new Date(Date.now() - 24 * 60 * MINUTE_MS),
      },
    });
    await h.prisma.gamePlatformSyncState.create({
      data: {
        synedUserId,
        lastResult: state.lastResult,
        lastAttemptAt: new Date(Date.now() - state.minutesAgo * MINUTE_MS),
        activityTier: state.tier ?? 'high',
      },
    });
  };

  beforeAll(async () => {
    // The worker's token is refused by the vendor: what a revoked production token looks like.
    h = await testStack('ops-alerts', {
      simulator: { users: 4, seed: 3 },
      api: true,
      worker: true,
      env: { GAME_PLATFORM_API_TOKEN: 'revoked-token', ALERT_VENDOR_MIN_REQUESTS: '2', ALERT_COMPETITOR_FAILURE_MIN: '3' },
    });
    adminToken = (await h.caller('admin', 'admin-1')).token;
    db = new Client({ connectionString: h.databaseUrl });
    await db.connect();
    coachId = (await h.prisma.coach.create({ data: { email: 'ops-coach@example.test', firstName: 'Op', lastName: 'S' } })).id;
  });

  afterAll(async () => {
    await db?.end();
    await h?.close();
  });

  it('every alert has a runbook section and a Prometheus rule', async () => {
    const runbook = readFileSync(path.join(repoRoot, 'docs', 'runbook.md'), 'utf8');
    const rules = readFileSync(path.join(repoRoot, 'deploy', 'prometheus', 'game-platform-sync.rules.yml'), 'utf8');
    for (const view of await alerts()) {
      expect(view.runbook).toBe(`docs/runbook.md#alert-${view.key.replaceAll('_', '-')}`);
      expect(runbook).toContain(`<a id="alert-${view.key.replaceAll('_', '-')}"></a>`);
      expect(rules).toContain(`key: ${view.key}`);
    }
    expect((await alerts()).map((view) => view.key).sort()).toEqual([...ALERT_KEYS].sort());
  });

  it('a 401 from the vendor is critical at once, and counts in the 4xx rate', async () => {
    expect(await alert('vendor_auth_rejected')).toMatchObject({ active: false, value: 0 });
    const client = h.worker.get(GamePlatformClient, { strict: false });
    await expect(client.ping()).rejects.toThrow();
    await expect(client.ping()).rejects.toThrow();
    const auth = await waitFor(
      async () => {
        const view = await alert('vendor_auth_rejected');
        return view.active && view;
      },
      { description: 'the vendor auth failure alert' },
    );
    expect(auth).toMatchObject({ severity: 'critical', value: 2, message: expect.stringContaining('token revoked or wrong') });
    expect(await alert('vendor_4xx_rate')).toMatchObject({ active: true, value: 1, threshold: 0.1 });
    expect(await alert('vendor_5xx_rate')).toMatchObject({ active: false });
  });

  it('competitors failing inside successful runs fire the per-competitor failure rate (last_result over the window)', async () => {
    await linkedCompetitor({ lastResult: 'success', minutesAgo: 5 });
    await linkedCompetitor({ lastResult: 'success', minutesAgo: 5 });
    await linkedCompetitor({ lastResult: 'success', minutesAgo: 5 });
    expect(await alert('competitor_sync_failure_rate')).toMatchObject({ active: false, value: 0 });
    await linkedCompetitor({ lastResult: 'failure', minutesAgo: 5 });
    expect(await alert('competitor_sync_failure_rate')).toMatchObject({ active: true, value: 0.25, message: expect.stringContaining('1 of 4 competitors') });
    // Nothing in the run table failed: the run-level alert stays quiet.
    expect(await alert('sync_failure_rate')).toMatchObject({ active: false });
  });

  it('competitors past their tier interval above the share fire the freshness SLA alert', async () => {
    // So far 1 of 4 is not fresh (the failing one): 25 % > 10 %.
    expect(await alert('freshness_sla_breached')).toMatchObject({ active: true, value: 0.25 });
    await db.query(`UPDATE game_platform_sync_state SET last_result = 'success'`);
    expect(await alert('freshness_sla_breached')).toMatchObject({ active: false, value: 0 });
    // A low-tier competitor 7 h after its last sync is within its 8 h SLA; a high-tier one 40 min after is not.
    await linkedCompetitor({ lastResult: 'success', minutesAgo: 7 * 60, tier: 'low' });
    expect(await alert('freshness_sla_breached')).toMatchObject({ active: false });
    await linkedCompetitor({ lastResult: 'success', minutesAgo: 40, tier: 'high' });
    expect(await alert('freshness_sla_breached')).toMatchObject({ active: true, message: expect.stringContaining('1 of 6 competitors') });
  });

  it('a dead letter open for more than an hour fires; replaying it clears the alert', async () => {
    const letter = await h.prisma.jobDeadLetter.create({
      data: {
        queue: 'teams',
        jobId: '1',
        jobCreatedAt: new Date(),
        jobName: 'team_sync',
        payload: { teamId: 'x' },
        failedReason: 'boom',
        attemptsMade: 5,
        maxAttempts: 5,
        failedAt: new Date(Date.now() - 30 * MINUTE_MS),
      },
    });
    expect(await alert('dead_letters_open')).toMatchObject({ active: false });
    await h.prisma.jobDeadLetter.update({ where: { id: letter.id }, data: { failedAt: new Date(Date.now() - 61 * MINUTE_MS) } });
    expect(await alert('dead_letters_open')).toMatchObject({ active: true, value: 1, threshold: 60 });
    await h.prisma.jobDeadLetter.update({ where: { id: letter.id }, data: { resolvedAt: new Date() } });
    expect(await alert('dead_letters_open')).toMatchObject({ active: false });
  });

  it('the database probe reports PostgreSQL reachable', async () => {
    expect(await alert('database_unreachable')).toMatchObject({ severity: 'critical', active: false, value: 0 });
  });
});

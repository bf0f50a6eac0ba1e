import { TestStack, testStack } from '../support/stack';

const HOUR_MS = 60 * 60 * 1000;

describe('Flash CTF alerts', () => {
  let h: TestStack<'simulator' | 'api'>;
  let adminToken: string;
  let coachId: string;

  const alert = async (key: string) => {
    const response = await h.request(adminToken, 'GET', '/admin/alerts?all=true');
    expect(response.statusCode).toBe(200);
    return (response.body as { key: string; active: boolean; value: number; message: string; remediation: string }[]).find((a) => a.key === key)!;
  };
  const run = (sentinels: { outcome: string }[], hoursAgo: number) => {
    const at = new Date(Date.now() - hoursAgo * HOUR_MS);
    return h.prisma.gamePlatformSyncRun.create({
      data: { kind: 'incremental', status: 'succeeded', startedAt: at, finishedAt: at, flashDetection: { sentinels } },
    });
  };
  const competitor = (n: number, linkedHoursAgo = 48) =>
    h.prisma.competitor.create({
      data: {
        coachId,
        firstName: `F${n}`,
        lastName: 'L',
        status: 'complete',
        gamePlatformId: `11111111-1111-4111-8111-${String(n).padStart(12, '0')}`,
        gamePlatformSyncedAt: new Date(Date.now() - linkedHoursAgo * HOUR_MS),
      },
    });

  beforeAll(async () => {
    h = await testStack('admin-flash-alerts', {
      simulator: { users: 4, seed: 3 },
      api: true,
      env: { ALERT_FLASH_SENTINEL_FAILED_RUNS: '2', ALERT_FLASH_UNREAD_HOURS: '24' },
    });
    adminToken = (await h.caller('admin', 'admin-1')).token;
    coachId = (await h.prisma.coach.create({ data: { email: 'coach-flash@example.test', firstName: 'Co', lastName: 'Ach' } })).id;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('flash_sentinel_failing fires after consecutive runs whose sentinel check read nobody, with a runbook line', async () => {
    await run([{ outcome: 'ok' }], 3);
    await run([{ outcome: 'not_found' }, { outcome: 'failed' }], 2);
    expect(await alert('flash_sentinel_failing')).toMatchObject({ active: false, value: 1 });
    await run([{ outcome: 'failed' }], 1);
    const fired = await alert('flash_sentinel_failing');
    expect(fired).toMatchObject({ active: true, value: 2 });
    expect(fired.remediation).toContain('flash_detection.sentinels');
    await run([{ outcome: 'failed' }, { outcome: 'ok' }], 0);
    expect(await alert('flash_sentinel_failing')).toMatchObject({ active: false, value: 0 });
  });

  it('flash_progress_unread fires when an event known for a day has competitors without a read since it began', async () => {
    // A competitor linked an hour ago is not counted yet: its first sync reads it.
    const [read, unread, missing] = await Promise.all([competitor(1), competitor(2), competitor(3), competitor(4, 1)]);
    const began = new Date(Date.now() - 30 * HOUR_MS);
    await h.prisma.gamePlatformFlashSyncWindow.create({
      data: { eventIds: ['flash-x'], openedAt: new Date(Date.now() - 25 * HOUR_MS), expiresAt: new Date(Date.now() - HOUR_MS) },
    });
    await h.prisma.gamePlatformFlashCtfEvent.create({
      data: { synedUserId: read.gamePlatformId!, eventId: 'flash-x', name: 'Flash X', startedAt: began, rawPayload: {} },
    });
    await h.prisma.gamePlatformSyncState.createMany({
      data: [
        { synedUserId: read.gamePlatformId!, lastFlashCtfSyncedAt: new Date() },
        { synedUserId: unread.gamePlatformId!, lastFlashCtfSyncedAt: new Date(began.getTime() - HOUR_MS) },
        { synedUserId: missing.gamePlatformId!, missingSince: new Date(), notFoundCount: 3 },
      ],
    });
    const fired = await alert('flash_progress_unread');
    expect(fired).toMatchObject({ active: true, value: 1 });
    expect(fired.message).toContain('"Flash X"');
    expect(fired.message).toContain('1 missing on the platform not counted');
    await h.prisma.gamePlatformSyncState.update({ where: { synedUserId: unread.gamePlatformId! }, data: { lastFlashCtfSyncedAt: new Date() } });
    expect(await alert('flash_progress_unread')).toMatchObject({ active: false, value: 0 });
  });
});

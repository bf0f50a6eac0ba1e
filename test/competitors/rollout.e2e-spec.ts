import { randomUUID } from 'node:crypto';
import { rolloutBucket } from '@app/game-platform';
import { Answer, Caller, TestStack, testStack } from '../support/stack';
import { registeredCoach, compliantCompetitor } from './competitor-fixtures';
import { fieldMessages } from '../support/problem';

const FLAG = 'game_platform_integration';

describe('game platform rollout flags and per-coach rate limit', () => {
  let h: TestStack<'simulator' | 'api'>;
  let admin: Caller;

  beforeAll(async () => {
    h = await testStack('rollout', { simulator: { users: 0 }, api: true, env: { VENDOR_ACTION_RATE_LIMIT: '3', VENDOR_ACTION_RATE_WINDOW_SECONDS: '60' } });
    admin = await h.caller('admin');
  });

  afterAll(async () => {
    await h?.close();
  });

  const setFlag = (body: object) => h.request(admin.token, 'PATCH', `/feature-flags/${FLAG}`, body);
  const onboard = async (coach: Caller) => h.request(coach.token, 'POST', `/competitors/${await compliantCompetitor(h, coach)}/game-platform`);

  it('shows the defaults until an admin saves the flag: enabled for every coach', async () => {
    const { body } = await h.request(admin.token, 'GET', `/feature-flags/${FLAG}`);
    expect(body).toMatchObject({ name: FLAG, enabled: true, rolloutPercentage: 100, pilotCoachIds: [], updatedAt: null });
    expect((await onboard(await registeredCoach(h, admin))).statusCode).toBe(202);
  });

  it('admits coaches by stable bucket below the percentage, pilots always, and no one when paused; effective at once', async () => {
    const coaches: Caller[] = [];
    while (coaches.length < 2) {
      const coach = await registeredCoach(h, admin);
      if (coaches.length === 0 ? rolloutBucket(FLAG, coach.id) < 50 : rolloutBucket(FLAG, coach.id) >= 50) coaches.push(coach);
    }
    const [inside, outside] = coaches;
    expect((await setFlag({ rolloutPercentage: 50 })).statusCode).toBe(200);
    expect((await onboard(inside)).statusCode).toBe(202);
    const refused = await onboard(outside);
    expect(refused.statusCode).toBe(503);
    expect(refused.body.detail).toMatch(/not yet available for this coach \(gradual rollout\)/);

    await setFlag({ rolloutPercentage: 0, pilotCoachIds: [outside.id.toUpperCase()] });
    expect((await onboard(outside)).statusCode).toBe(202);
    expect((await onboard(inside)).statusCode).toBe(503);
    const availability = (coach: Caller) => h.request(admin.token, 'GET', `/feature-flags/${FLAG}/coaches/${coach.id}`);
    expect((await availability(outside)).body).toMatchObject({ availability: 'pilot', available: true });
    expect((await availability(inside)).body).toMatchObject({ availability: 'outside_rollout', available: false });

    await setFlag({ enabled: false });
    const paused = await h.request(
      outside.token,
      'POST',
      `/competitors/${(await h.request(outside.token, 'GET', '/competitors?status=compliance')).body.items[0]?.id ?? randomUUID()}/game-platform`,
    );
    expect(paused.statusCode).toBe(503);
    expect(paused.body.detail).toMatch(/paused by an administrator/);

    const saved = await setFlag({ enabled: true, rolloutPercentage: 100, pilotCoachIds: [] });
    expect(saved.body).toMatchObject({ enabled: true, rolloutPercentage: 100, pilotCoachIds: [], updatedAt: expect.any(String) });
    const audit = await h.prisma.auditLog.findMany({ where: { action: 'feature_flag.update', targetId: FLAG }, orderBy: { at: 'asc' } });
    expect(audit).toHaveLength(4);
    expect(audit[1].payload).toMatchObject({
      before: { rolloutPercentage: 50 },
      after: { rolloutPercentage: 0, pilotCoachIds: [outside.id] },
      actorRole: 'admin',
    });
  });

  it('keeps the buckets stable and spread', () => {
    const id = randomUUID();
    expect(rolloutBucket(FLAG, id)).toBe(rolloutBucket(FLAG, id.toUpperCase()));
    const buckets = Array.from({ length: 2000 }, () => rolloutBucket(FLAG, randomUUID()));
    const below25 = buckets.filter((bucket) => bucket < 25).length / buckets.length;
    expect(below25).toBeGreaterThan(0.2);
    expect(below25).toBeLessThan(0.3);
  });

  it('validates flag updates and keeps them for admins', async () => {
    const invalid = await setFlag({ rolloutPercentage: 150, pilotCoachIds: ['nope'], enabled: 'yes' });
    expect(invalid.statusCode).toBe(400);
    expect(fieldMessages(invalid.body)).toEqual(
      expect.arrayContaining([
        'rolloutPercentage must be between 0 and 100',
        'each pilotCoachIds entry must be a coach id (UUID)',
        'enabled must be true or false',
      ]),
    );
    expect((await h.request(admin.token, 'PATCH', '/feature-flags/unknown_flag', {})).statusCode).toBe(404);
    const coach = await registeredCoach(h, admin);
    expect((await h.request(coach.token, 'PATCH', `/feature-flags/${FLAG}`, { rolloutPercentage: 100 })).statusCode).toBe(403);
    expect((await h.request(coach.token, 'GET', '/feature-flags')).statusCode).toBe(403);
  });

  it('rate limits coach-triggered vendor actions per coach with 429 and Retry-After; admins are not limited', async () => {
    const coach = await registeredCoach(h, admin);
    const other = await registeredCoach(h, admin);
    const id = await compliantCompetitor(h, coach);
    const statuses: number[] = [];
    let limited: Answer | undefined;
    for (let i = 0; i < 4; i += 1) {
      const response = await h.request(coach.token, 'POST', `/competitors/${id}/game-platform`);
      statuses.push(response.statusCode);
      limited = response;
    }
    expect(statuses).toEqual([202, 202, 202, 429]);
    expect(Number(limited!.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited!.body.detail).toMatch(/Too many game platform actions: try again in \d+ s/);
    expect((await onboard(other)).statusCode).toBe(202);
    for (let i = 0; i < 4; i += 1) expect((await h.request(admin.token, 'POST', `/competitors/${id}/game-platform`)).statusCode).toBe(202);
  });
});

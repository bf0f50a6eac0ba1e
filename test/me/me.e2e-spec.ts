import { randomUUID } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { rolloutBucket } from '@app/game-platform';
import { injectChecked } from '../support/contract';
import { Caller, TestStack, testStack } from '../support/stack';

const FLAG = 'game_platform_integration';

describe('GET /me', () => {
  let h: TestStack<'api'>;
  let admin: Caller;

  beforeAll(async () => {
    h = await testStack('me', { api: true });
    admin = await h.caller('admin');
  });

  afterAll(async () => {
    await h?.close();
  });

  const registeredCoach = async (inRolloutOf50: boolean): Promise<Caller> => {
    for (;;) {
      const id = randomUUID();
      if (rolloutBucket(FLAG, id) < 50 !== inRolloutOf50) continue;
      await h.prisma.coach.create({ data: { id, email: `${id}@coaches.test`, firstName: 'Casey', lastName: 'Coach' } });
      return h.caller('coach', id);
    }
  };
  const setFlag = (rule: { enabled: boolean; rolloutPercentage: number; pilotCoachIds: string[] }) =>
    h.prisma.featureFlag.upsert({ where: { name: FLAG }, create: { name: FLAG, ...rule }, update: rule });
  const me = async (who: Caller) => {
    const response = await h.request(who.token, 'GET', '/me');
    expect(response.statusCode).toBe(200);
    return response.body;
  };

  it('describes an admin: no coach profile, actions allowed per coach', async () => {
    expect(await me(admin)).toEqual({
      user: { id: admin.id, role: 'admin' },
      coach: null,
      integration: { masterSwitch: true, mode: 'per_coach', canWrite: true, rolloutPercentage: 100, pilotCoachCount: 0, message: null },
    });
  });

  it('describes a coach with their profile, and one not registered yet', async () => {
    const coach = await registeredCoach(true);
    const body = await me(coach);
    expect(body.user).toEqual({ id: coach.id, role: 'coach' });
    expect(body.coach).toMatchObject({ id: coach.id, email: `${coach.id}@coaches.test`, firstName: 'Casey' });
    expect(body.integration).toMatchObject({ mode: 'in_rollout', canWrite: true, message: null });
    const unregistered = await me(await h.caller('coach'));
    expect(unregistered.coach).toBeNull();
    expect(unregistered.integration).toMatchObject({ mode: 'in_rollout', canWrite: false, message: expect.stringMatching(/coach profile does not exist yet/) });
  });

  it('follows the rollout flag: pilot, inside and outside the percentage, paused', async () => {
    const pilot = await registeredCoach(false);
    const inside = await registeredCoach(true);
    const outside = await registeredCoach(false);
    await setFlag({ enabled: true, rolloutPercentage: 50, pilotCoachIds: [pilot.id] });
    expect((await me(pilot)).integration).toMatchObject({ mode: 'pilot', canWrite: true, rolloutPercentage: 50, pilotCoachCount: 1 });
    expect((await me(inside)).integration).toMatchObject({ mode: 'in_rollout', canWrite: true });
    expect((await me(outside)).integration).toMatchObject({ mode: 'outside_rollout', canWrite: false, message: expect.stringMatching(/gradual rollout/) });
    await setFlag({ enabled: false, rolloutPercentage: 50, pilotCoachIds: [pilot.id] });
    expect((await me(pilot)).integration).toMatchObject({ mode: 'paused', canWrite: false, message: expect.stringMatching(/paused by an administrator/) });
    expect((await me(admin)).integration).toMatchObject({ mode: 'paused', canWrite: false });
    await setFlag({ enabled: true, rolloutPercentage: 100, pilotCoachIds: [] });
  });

  it('shows the read-only soft launch when the master switch is off', async () => {
    process.env.GAME_PLATFORM_INTEGRATION_ENABLED = 'false';
    let readOnly: NestFastifyApplication | undefined;
    try {
      readOnly = await createApiApp();
      await readOnly.init();
      const coach = await registeredCoach(true);
      for (const who of [coach, admin]) {
        const response = await injectChecked(readOnly, { method: 'GET', url: '/me', headers: { authorization: `Bearer ${who.token}` } });
        expect(response.json().integration).toMatchObject({
          masterSwitch: false,
          mode: 'read_only',
          canWrite: false,
          message: expect.stringMatching(/switched off/),
        });
      }
    } finally {
      delete process.env.GAME_PLATFORM_INTEGRATION_ENABLED;
      await readOnly?.close();
    }
  });

  it('needs a token', async () => {
    const response = await injectChecked(h.api, { method: 'GET', url: '/me' });
    expect(response.statusCode).toBe(401);
  });
});

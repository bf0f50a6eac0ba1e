import { randomUUID } from 'node:crypto';
import { Caller, TestStack, testStack } from '../support/stack';
import { registeredCoach } from './competitor-fixtures';
import { injectChecked } from '../support/contract';
import { fieldMessages } from '../support/problem';

describe('competitors and coaches API', () => {
  let h: TestStack<'simulator' | 'api'>;
  let admin: Caller;
  let coachA: Caller;
  let coachB: Caller;

  beforeAll(async () => {
    h = await testStack('competitors-api', { simulator: { users: 0 }, api: true });
    admin = await h.caller('admin');
    coachA = await registeredCoach(h, admin);
    coachB = await registeredCoach(h, admin);
  });

  afterAll(async () => {
    await h?.close();
  });

  describe('auth', () => {
    it('answers 401 without a token', async () => {
      for (const [method, url] of [
        ['GET', '/competitors'],
        ['POST', '/competitors'],
        ['GET', '/coaches/me'],
        ['GET', '/feature-flags'],
      ] as const) {
        const response = await h.request(null, method, url, method === 'POST' ? {} : undefined);
        expect(response.statusCode).toBe(401);
        expect(response.body.detail).toMatch(/bearer token/i);
      }
    });

    it('keeps coach admin endpoints for admins', async () => {
      expect((await h.request(coachA.token, 'GET', '/coaches')).statusCode).toBe(403);
      expect((await h.request(coachA.token, 'POST', '/coaches', { email: 'x@example.test', firstName: 'X', lastName: 'Y' })).statusCode).toBe(403);
    });
  });

  describe('coaches', () => {
    it('creates, lists, gets, and shows a coach their own record', async () => {
      const me = await h.request(coachA.token, 'GET', '/coaches/me');
      expect(me.statusCode).toBe(200);
      expect(me.body).toMatchObject({ id: coachA.id, firstName: 'Casey', gamePlatformId: null });
      expect((await h.request(admin.token, 'GET', `/coaches/${coachB.id}`)).body.id).toBe(coachB.id);
      const list = await h.request(admin.token, 'GET', '/coaches?pageSize=1');
      expect(list.body).toMatchObject({ page: 1, pageSize: 1, total: expect.any(Number) });
      expect(list.body.items).toHaveLength(1);
    });

    it('answers 404 for an unknown coach and for a coach token without a record', async () => {
      expect((await h.request(admin.token, 'GET', `/coaches/${randomUUID()}`)).statusCode).toBe(404);
      const { mintToken } = await import('../../apps/api/src/auth');
      const stranger = { id: randomUUID(), token: '' };
      stranger.token = await mintToken('test-only-secret-that-is-long-enough-32', { sub: stranger.id, role: 'coach' });
      const me = await h.request(stranger.token, 'GET', '/coaches/me');
      expect(me.statusCode).toBe(404);
      expect(me.body.detail).toMatch(/ask an administrator/);
    });

    it('answers 409 naming the field for a duplicate email, 400 with field messages for bad bodies', async () => {
      const duplicate = await h.request(admin.token, 'POST', '/coaches', { email: `COACH-${coachA.id}@example.test`, firstName: 'A', lastName: 'B' });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.body).toMatchObject({
        errors: [expect.objectContaining({ field: 'email' })],
        detail: expect.stringMatching(/coach with this email already exists/),
      });
      const invalid = await h.request(admin.token, 'POST', '/coaches', { email: 'nope', firstName: '', id: 'x' });
      expect(invalid.statusCode).toBe(400);
      expect(fieldMessages(invalid.body)).toEqual(
        expect.arrayContaining([
          'email must be a valid email address',
          'firstName must not be empty',
          expect.stringMatching(/^lastName/),
          expect.stringMatching(/^id must be a UUID/),
        ]),
      );
    });
  });

  describe('competitor CRUD and computed status', () => {
    it('walks pending -> profile -> compliance as data arrives, never taking status from the client', async () => {
      const created = await h.request(coachA.token, 'POST', '/competitors', { firstName: ' Grace ', lastName: 'Hopper' });
      expect(created.statusCode).toBe(201);
      expect(created.body).toMatchObject({ firstName: 'Grace', coachId: coachA.id, status: 'pending', email: null, teamId: null });
      const id = created.body.id;

      const early = await h.request(coachA.token, 'POST', `/competitors/${id}/compliance`);
      expect(early.statusCode).toBe(409);
      expect(early.body.detail).toMatch(/missing: email, division, school id/);

      const profiled = await h.request(coachA.token, 'PATCH', `/competitors/${id}`, {
        email: 'Grace.Hopper@Students.Example.test',
        division: 'college',
        schoolId: 'school-9',
      });
      expect(profiled.body).toMatchObject({ status: 'profile', email: 'grace.hopper@students.example.test' });

      const compliant = await h.request(coachA.token, 'POST', `/competitors/${id}/compliance`);
      expect(compliant.statusCode).toBe(200);
      expect(compliant.body).toMatchObject({ status: 'compliance', complianceConfirmedAt: expect.any(String) });

      const cleared = await h.request(coachA.token, 'PATCH', `/competitors/${id}`, { schoolId: null });
      expect(cleared.body.status).toBe('pending');
      const restored = await h.request(coachA.token, 'PATCH', `/competitors/${id}`, { schoolId: 'school-9' });
      expect(restored.body.status).toBe('compliance');

      const forged = await h.request(coachA.token, 'PATCH', `/competitors/${id}`, { status: 'complete' });
      expect(forged.statusCode).toBe(400);
      expect(forged.body.detail).toContain('property status should not exist');
    });

    it('answers 400 with one message per invalid field', async () => {
      const response = await h.request(coachA.token, 'POST', '/competitors', { firstName: '', email: 'not-an-email', division: 'kindergarten', schoolId: '' });
      expect(response.statusCode).toBe(400);
      expect(fieldMessages(response.body)).toEqual(
        expect.arrayContaining([
          'firstName must not be empty',
          expect.stringMatching(/^lastName/),
          'email must be a valid email address',
          'division must be one of: middle_school, high_school, college',
          expect.stringMatching(/^schoolId must not be empty/),
        ]),
      );
      expect((await h.request(coachA.token, 'GET', '/competitors/not-a-uuid')).statusCode).toBe(400);
      expect(fieldMessages((await h.request(coachA.token, 'GET', '/competitors?pageSize=500&sort=shoeSize')).body)).toEqual(
        expect.arrayContaining(['pageSize must be between 1 and 100', expect.stringMatching(/^sort must be one of/)]),
      );
    });

    it('answers 409 naming the field when the email is already used (any coach)', async () => {
      await h.request(coachA.token, 'POST', '/competitors', { firstName: 'A', lastName: 'B', email: 'shared@students.example.test' });
      const duplicate = await h.request(coachB.token, 'POST', '/competitors', { firstName: 'C', lastName: 'D', email: 'Shared@students.example.test' });
      expect(duplicate.statusCode).toBe(409);
      expect(duplicate.body).toMatchObject({ errors: [expect.objectContaining({ field: 'email' })], detail: 'A competitor with this email already exists' });
    });

    it('lets admins pick the coach; coaches always own what they create', async () => {
      const byAdmin = await h.request(admin.token, 'POST', '/competitors', { firstName: 'Alan', lastName: 'Turing', coachId: coachB.id });
      expect(byAdmin.body.coachId).toBe(coachB.id);
      const noCoach = await h.request(admin.token, 'POST', '/competitors', { firstName: 'Alan', lastName: 'Turing' });
      expect(noCoach.statusCode).toBe(400);
      expect(fieldMessages(noCoach.body)).toEqual(['coachId is required when an administrator creates a competitor']);
      const unknownCoach = await h.request(admin.token, 'POST', '/competitors', { firstName: 'Alan', lastName: 'Turing', coachId: randomUUID() });
      expect(fieldMessages(unknownCoach.body)).toEqual(['coachId does not match any coach']);
      const hijack = await h.request(coachA.token, 'POST', '/competitors', { firstName: 'Alan', lastName: 'Turing', coachId: coachB.id });
      expect(hijack.statusCode).toBe(400);
      expect(fieldMessages(hijack.body)).toEqual(['coachId can only be chosen by an administrator']);
    });

    it("hides another coach's competitors behind 404 for every route; admins see all", async () => {
      const id = (await h.request(coachB.token, 'POST', '/competitors', { firstName: 'Hidden', lastName: 'Person' })).body.id;
      const attempts = [
        h.request(coachA.token, 'GET', `/competitors/${id}`),
        h.request(coachA.token, 'PATCH', `/competitors/${id}`, { firstName: 'Taken' }),
        h.request(coachA.token, 'DELETE', `/competitors/${id}`),
        h.request(coachA.token, 'POST', `/competitors/${id}/compliance`),
        h.request(coachA.token, 'POST', `/competitors/${id}/game-platform`),
        h.request(coachA.token, 'GET', `/competitors/${id}/game-platform`),
        h.request(coachA.token, 'POST', `/competitors/${id}/game-platform/retry`),
        h.request(coachA.token, 'DELETE', `/competitors/${id}/game-platform/error`),
        h.request(coachA.token, 'POST', `/competitors/${id}/game-platform/password-reset`),
      ];
      for (const response of await Promise.all(attempts)) {
        expect(response.statusCode).toBe(404);
        expect(response.body.detail).toBe('Competitor not found');
      }
      expect((await h.request(coachA.token, 'GET', '/competitors?search=Hidden')).body.total).toBe(0);
      expect((await h.request(admin.token, 'GET', `/competitors/${id}`)).body.firstName).toBe('Hidden');
      expect((await h.prisma.competitor.findUniqueOrThrow({ where: { id } })).firstName).toBe('Hidden');
    });

    it('deletes a competitor (audited), 404 afterwards', async () => {
      const id = (await h.request(coachA.token, 'POST', '/competitors', { firstName: 'Temp', lastName: 'Orary' })).body.id;
      expect((await h.request(coachA.token, 'DELETE', `/competitors/${id}`)).statusCode).toBe(204);
      expect((await h.request(coachA.token, 'GET', `/competitors/${id}`)).statusCode).toBe(404);
      const audit = await h.prisma.auditLog.findMany({ where: { targetId: id }, orderBy: { at: 'asc' } });
      expect(audit.map((row) => row.action)).toEqual(['competitor.create', 'competitor.delete']);
      expect(audit[1]).toMatchObject({ actor: coachA.id, targetType: 'competitor', payload: expect.objectContaining({ actorRole: 'coach' }) });
    });
  });

  describe('list', () => {
    let coach: Caller;
    const ids: Record<string, string> = {};

    beforeAll(async () => {
      coach = await registeredCoach(h, admin);
      const people = [
        ['Zoe', 'Adams', { email: 'zoe.adams@list.example.test', division: 'college', schoolId: 's' }],
        ['Yann', 'Brown', {}],
        ['Xena', 'Clark', { email: 'xena@list.example.test' }],
        ['Walt', 'Adams', {}],
        ['Vera', 'Diaz', {}],
      ] as const;
      for (const [firstName, lastName, extra] of people) {
        ids[firstName] = (await h.request(coach.token, 'POST', '/competitors', { firstName, lastName, ...extra })).body.id;
      }
      await h.prisma.competitor.update({ where: { id: ids.Vera }, data: { gamePlatformSyncError: 'boom: fix it' } });
    });

    const names = (body: { items: { firstName: string }[] }) => body.items.map((item) => item.firstName);

    it('pages with a total and a stable order (ties broken by id)', async () => {
      const seen: string[] = [];
      for (let page = 1; page <= 3; page += 1) {
        const { body } = await h.request(coach.token, 'GET', `/competitors?sort=lastName&order=asc&pageSize=2&page=${page}`);
        expect(body).toMatchObject({ total: 5, page, pageSize: 2 });
        seen.push(...names(body));
      }
      expect(seen).toHaveLength(5);
      expect(new Set(seen).size).toBe(5);
      expect(seen.slice(0, 2).sort()).toEqual(['Walt', 'Zoe']);
      expect(seen.slice(2)).toEqual(['Yann', 'Xena', 'Vera']);
      const desc = await h.request(coach.token, 'GET', '/competitors?sort=firstName&order=desc');
      expect(names(desc.body)).toEqual(['Zoe', 'Yann', 'Xena', 'Walt', 'Vera']);
    });

    it('filters by status, sync error, search words, coach and team', async () => {
      expect(names((await h.request(coach.token, 'GET', '/competitors?status=profile')).body)).toEqual(['Zoe']);
      expect(names((await h.request(coach.token, 'GET', '/competitors?hasSyncError=true')).body)).toEqual(['Vera']);
      expect((await h.request(coach.token, 'GET', '/competitors?hasSyncError=false')).body.total).toBe(4);
      expect(names((await h.request(coach.token, 'GET', '/competitors?search=adams&sort=firstName')).body)).toEqual(['Walt', 'Zoe']);
      expect(names((await h.request(coach.token, 'GET', '/competitors?search=XENA%40list')).body)).toEqual(['Xena']);
      expect(names((await h.request(coach.token, 'GET', '/competitors?search=zoe%20adams')).body)).toEqual(['Zoe']);
      expect((await h.request(admin.token, 'GET', `/competitors?coachId=${coach.id}`)).body.total).toBe(5);
      expect((await h.request(coach.token, 'GET', `/competitors?coachId=${coachA.id}`)).body.total).toBe(0);

      const team = await h.prisma.team.create({ data: { coachId: coach.id, name: 'Blue', division: 'college', affiliation: 'Club' } });
      await h.prisma.teamMembership.create({ data: { teamId: team.id, competitorId: ids.Xena } });
      const onTeam = await h.request(coach.token, 'GET', `/competitors?teamId=${team.id}`);
      expect(names(onTeam.body)).toEqual(['Xena']);
      expect(onTeam.body.items[0].teamId).toBe(team.id);
      const blocked = await h.request(coach.token, 'DELETE', `/competitors/${ids.Xena}`);
      expect(blocked.statusCode).toBe(409);
      expect(blocked.body.detail).toMatch(/remove them from the team first/);
    });
  });

  it('writes an audit row with the request id for every manual change', async () => {
    const response = await injectChecked(h.api, {
      method: 'POST',
      url: '/competitors',
      headers: { authorization: `Bearer ${coachA.token}`, 'x-request-id': 'req-audit-1' },
      payload: { firstName: 'Audit', lastName: 'Me' },
    });
    const id = response.json().id;
    await h.request(coachA.token, 'PATCH', `/competitors/${id}`, { grade: '11' });
    const audit = await h.prisma.auditLog.findMany({ where: { targetId: id }, orderBy: { at: 'asc' } });
    expect(audit.map((row) => row.action)).toEqual(['competitor.create', 'competitor.update']);
    expect(audit[0].payload).toMatchObject({ requestId: 'req-audit-1', actorRole: 'coach', coachId: coachA.id });
    expect(audit[1].payload).toMatchObject({ fields: ['grade'], status: 'pending' });
  });
});

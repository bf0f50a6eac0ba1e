import { randomUUID } from 'node:crypto';
import { TestStack, testStack } from '../support/stack';
import { expectProblem } from '../support/problem';
import { registeredCoachId } from './contract-fixtures';

const NUL = 'Ada\u0000';
const LONE_SURROGATE = 'Ada\ud800';

describe('hostile input answers 4xx, never 500', () => {
  let h: TestStack<'api'>;
  let adminToken: string;
  let coachId: string;
  let coachToken: string;
  let competitorId: string;
  let teamId: string;

  beforeAll(async () => {
    h = await testStack('hostile-input', { api: true });
    coachId = await registeredCoachId(h.prisma);
    adminToken = (await h.caller('admin')).token;
    coachToken = (await h.caller('coach', coachId)).token;
    competitorId = (await h.request(coachToken, 'POST', '/competitors', { firstName: 'Alan', lastName: 'Turing' })).body.id;
    teamId = (await h.request(coachToken, 'POST', '/teams', { name: 'Falcons', division: 'college', affiliation: 'Uni' })).body.id;
  });

  afterAll(async () => {
    await h?.close();
  });

  it.each([
    ['NUL', NUL],
    ['lone surrogate', LONE_SURROGATE],
  ])('refuses a %s in any text field of a body', async (_name, text) => {
    const answers = [
      [await h.request(adminToken, 'POST', '/coaches', { email: 'a@school.example.org', firstName: text, lastName: 'B' }), 'firstName'],
      [await h.request(coachToken, 'POST', '/competitors', { firstName: 'A', lastName: text }), 'lastName'],
      [await h.request(coachToken, 'PATCH', `/competitors/${competitorId}`, { schoolId: text }), 'schoolId'],
      [await h.request(coachToken, 'POST', '/teams', { name: text, division: 'college', affiliation: 'U' }), 'name'],
      [await h.request(coachToken, 'PATCH', `/teams/${teamId}`, { affiliation: text }), 'affiliation'],
      [await h.request(adminToken, 'POST', '/coaches', { [text]: 'key', email: 'k@school.example.org', firstName: 'K', lastName: 'L' }), 'body'],
    ] as const;
    for (const [answer, field] of answers) {
      expectProblem(answer, 400);
      expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
  });

  it('refuses a NUL in a query or path parameter; the bytes of a surrogate decode harmlessly in a query and are refused in a path', async () => {
    for (const [url, field] of [
      ['/competitors?search=Ada%00', 'search'],
      ['/teams?search=%00', 'search'],
      ['/competitors/%00', 'id'],
      [`/teams/${teamId}/members/%00`, 'competitorId'],
    ] as const) {
      const method = url.includes('/members/') ? 'DELETE' : 'GET';
      const answer = await h.request(coachToken, method, url);
      expectProblem(answer, 400);
      expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    for (const url of ['/competitors?search=Ada%ED%A0%80', '/teams?search=%ED%A0%80']) {
      expect((await h.request(coachToken, 'GET', url)).statusCode).toBe(200);
    }
    // In a path the router refuses the bytes itself, before any hook: still a problem body.
    expectProblem(await h.request(coachToken, 'GET', '/competitors/%ED%A0%80'), 400);
  });

  it('refuses an explicit null on a field that is not nullable, and still clears nullable ones', async () => {
    const nulls = [
      [await h.request(coachToken, 'PATCH', `/competitors/${competitorId}`, { firstName: null }), 'firstName'],
      [await h.request(coachToken, 'PATCH', `/teams/${teamId}`, { name: null }), 'name'],
      [await h.request(coachToken, 'PATCH', `/teams/${teamId}`, { division: null }), 'division'],
      [await h.request(adminToken, 'PATCH', '/feature-flags/game_platform_integration', { enabled: null }), 'enabled'],
      [await h.request(adminToken, 'PATCH', '/feature-flags/game_platform_integration', { rolloutPercentage: null, pilotCoachIds: null }), 'pilotCoachIds'],
      [await h.request(adminToken, 'POST', '/coaches', { id: null, email: 'n@school.example.org', firstName: 'N', lastName: 'L' }), 'id'],
    ] as const;
    for (const [answer, field] of nulls) {
      expectProblem(answer, 400);
      expect(answer.body.errors).toEqual(expect.arrayContaining([{ field, message: `${field} must not be null: omit it instead` }]));
    }
    const cleared = await h.request(coachToken, 'PATCH', `/competitors/${competitorId}`, { schoolId: 'school-1' });
    expect(cleared.statusCode).toBe(200);
    const clearedAgain = await h.request(coachToken, 'PATCH', `/competitors/${competitorId}`, { schoolId: null });
    expect(clearedAgain.statusCode).toBe(200);
    expect(clearedAgain.body.schoolId).toBeNull();
  });

  it('refuses JSON nested deeper than 32 levels without recursing, and accepts 32', async () => {
    const nested = (depth: number) => `${'['.repeat(depth - 1)}{"firstName":"A"}${']'.repeat(depth - 1)}`;
    const deep = await h.request(adminToken, 'POST', '/coaches', nested(5_000));
    expectProblem(deep, 400, '/coaches');
    expect(deep.body.detail).toBe('The JSON body is nested more than 32 levels deep');
    const atLimit = await h.request(adminToken, 'POST', '/coaches', nested(32));
    expect(atLimit.statusCode).toBe(400);
    expect(atLimit.body.detail).not.toMatch(/nested/);
    const inString = await h.request(adminToken, 'POST', '/coaches', { email: 'deep@school.example.org', firstName: '['.repeat(100), lastName: 'L' });
    expect(inString.statusCode).toBe(201);
    const unauthenticatedDeep = await h.request(null, 'POST', '/coaches', nested(5_000));
    expectProblem(unauthenticatedDeep, 401);
  });

  it('refuses prototype-poisoning keys', async () => {
    const poisoned = await h.request(
      adminToken,
      'POST',
      '/coaches',
      '{"email":"p@school.example.org","firstName":"P","lastName":"Q","__proto__":{"admin":true}}',
    );
    expectProblem(poisoned, 400, '/coaches');
  });

  it.each([
    ['/admin/dead-letters/purge', 'all'],
    ['/admin/jobs/retry', 'all'],
    ['/admin/processing/pause', 'all'],
    ['/admin/processing/resume', 'all'],
    ['/competitors/game-platform/retry-failed', 'all'],
  ])('refuses an empty filter on the bulk action %s: "everything" is all: true', async (url, field) => {
    for (const body of [{}, { all: false }]) {
      const answer = await h.request(adminToken, 'POST', url, body);
      expectProblem(answer, 400, url);
      expect(answer.body.errors).toEqual([{ field, message: expect.stringMatching(/^Say what to act on: give .*, or all: true for everything$/) }]);
    }
    const both = await h.request(adminToken, 'POST', url, { all: true, coachId: randomUUID(), queue: 'sync' });
    expectProblem(both, 400, url);
  });

  it('acts on everything when told all: true, and on the filter alone otherwise', async () => {
    const paused = await h.request(adminToken, 'POST', '/admin/processing/pause', { queue: 'maintenance' });
    expect(paused.body.queues).toEqual([{ queue: 'maintenance', paused: true }]);
    const resumed = await h.request(adminToken, 'POST', '/admin/processing/resume', { all: true });
    expect(resumed.statusCode).toBe(200);
    expect(resumed.body.queues.every((queue: { paused: boolean }) => !queue.paused)).toBe(true);
    expect((await h.request(adminToken, 'POST', '/admin/dead-letters/purge', { all: true })).body).toEqual({ purged: 0 });
  });

  it('range-checks dates', async () => {
    for (const [url, body, field] of [
      ['/admin/dead-letters/purge', { before: '0000-01-01T00:00:00Z' }, 'before'],
      ['/admin/dead-letters/purge', { before: '+275760-09-13T00:00:00Z' }, 'before'],
      ['/admin/jobs/retry', { since: '0000-01-01T00:00:00Z' }, 'since'],
      ['/admin/jobs/retry', { since: 'yesterday' }, 'since'],
    ] as const) {
      const answer = await h.request(adminToken, 'POST', url, body);
      expectProblem(answer, 400, url);
      expect(answer.body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ field })]));
    }
    expect((await h.request(adminToken, 'POST', '/admin/dead-letters/purge', { before: '2020-01-01T00:00:00Z' })).statusCode).toBe(200);
  });
});

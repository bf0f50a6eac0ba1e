import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { SignJWT } from 'jose';
import type { LightMyRequestResponse } from 'fastify';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PrismaService } from '@app/persistence';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { mintToken } from '../../apps/api/src/auth';
import { contractProblems } from '../support/contract';
import { TEST_JWT_SECRET, TestEnvironment, useTestEnvironment } from '../support/environment';
import { Caller, DEEP_JSON, FuzzRequest, OpenApiDocument, requestsFor } from '../support/openapi-fuzz';

/**
 * Every operation of the committed document, fuzzed with requests derived from its schemas and then
 * broken. No answer may be a 5xx, and every answer must match the document (so every 4xx is a
 * problem+json body). FUZZ_SEED and FUZZ_RUNS (per operation) change the run; a failure names the seed.
 */
const SEED = Number(process.env.FUZZ_SEED ?? 20_261_127);
const RUNS = Number(process.env.FUZZ_RUNS ?? 50);
const INTERNAL_SYNC_SECRET = 'fuzz-internal-sync-secret';
const document = JSON.parse(readFileSync(join(__dirname, '../../openapi.json'), 'utf8')) as OpenApiDocument;
const operations = Object.entries(document.paths).flatMap(([path, item]) => Object.entries(item).map(([method, operation]) => ({ path, method, operation })));

describe('fuzzing every operation of openapi.json', () => {
  let env: TestEnvironment;
  let api: NestFastifyApplication;
  let tokens: Record<Caller, string | undefined>;
  let competitorId: string;
  let teamId: string;

  beforeAll(async () => {
    // Rate limits high enough that a 429 never hides what an input does (access-and-limits tests the limits).
    env = await useTestEnvironment('fuzz', { INTERNAL_SYNC_SECRET, RATE_LIMIT_REQUESTS: '1000000', VENDOR_ACTION_RATE_LIMIT: '1000000' });
    api = await createApiApp();
    await api.init();
    await api.getHttpAdapter().getInstance().ready();
    const prisma = api.get(PrismaService);
    const coach = await prisma.coach.create({ data: { email: 'fuzz-coach@example.test', firstName: 'Fuzz', lastName: 'Coach' } });
    competitorId = (await prisma.competitor.create({ data: { coachId: coach.id, firstName: 'Ada', lastName: 'Lovelace' } })).id;
    teamId = (await prisma.team.create({ data: { coachId: coach.id, name: 'Fuzzers', division: 'college', affiliation: 'U' } })).id;
    tokens = await callerTokens(coach.id);
  });

  afterAll(async () => {
    await api?.close();
    await env?.teardown();
  });

  const send = async (request: FuzzRequest, caller: Caller): Promise<LightMyRequestResponse> => {
    const authorization = tokens[caller];
    const internal = request.url.startsWith('/internal/') && caller === 'admin' ? { 'x-internal-sync-secret': INTERNAL_SYNC_SECRET } : {};
    return api.inject({
      method: request.method as 'GET',
      url: request.url,
      headers: { ...internal, ...request.headers, ...(authorization && { authorization }) },
      ...(request.payload !== undefined && { payload: request.payload }),
    });
  };

  /** What the answer breaks: a 5xx, or anything the document does not say (status, content type, body). */
  const violations = (request: FuzzRequest, response: LightMyRequestResponse): string[] => [
    ...(response.statusCode >= 500 ? [`${response.statusCode} server error`] : []),
    ...contractProblems(request.method, request.url, response),
  ];

  const describeCase = (request: FuzzRequest, caller: Caller, response: LightMyRequestResponse, problems: string[]) =>
    `${request.method} ${request.url.slice(0, 200)} as ${caller}` +
    `${request.payload !== undefined ? ` body ${JSON.stringify(request.payload.slice(0, 120))} (${request.headers['content-type']})` : ''}` +
    ` → ${response.statusCode}: ${problems.join('; ')} ${response.body.slice(0, 200)}`;

  it.each(operations.map(({ path, method, operation }) => [`${method.toUpperCase()} ${path}`, path, method, operation] as const))(
    '%s: no 5xx, every answer as documented',
    async (_name, path, method, operation) => {
      const cases = fc.sample(requestsFor(document, path, method, operation), { seed: SEED + hash(operation.operationId), numRuns: RUNS });
      const failures: string[] = [];
      for (const { request, caller } of cases) {
        const response = await send(request, caller);
        const problems = violations(request, response);
        if (problems.length > 0) failures.push(describeCase(request, caller, response, problems));
      }
      if (failures.length > 0) {
        throw new Error(`${failures.length} of ${cases.length} requests broke the contract (FUZZ_SEED=${SEED}, FUZZ_RUNS=${RUNS}):\n${failures.join('\n')}`);
      }
    },
  );

  describe('regression cases', () => {
    const json = (body: unknown) => ({ payload: JSON.stringify(body), headers: { 'content-type': 'application/json' } });
    const cases = (): [string, Caller, FuzzRequest, number][] => [
      [
        'NUL byte in a text field',
        'admin',
        { method: 'POST', url: '/coaches', ...json({ email: 'nul@example.test', firstName: 'Ada\u0000', lastName: 'B' }) },
        400,
      ],
      ['lone surrogate in a text field', 'coach', { method: 'POST', url: '/competitors', ...json({ firstName: '\ud800', lastName: 'B' }) }, 400],
      ['NUL byte in search', 'coach', { method: 'GET', url: '/competitors?search=%00', headers: {} }, 400],
      ['the UTF-8 bytes of a lone surrogate in search decode harmlessly', 'coach', { method: 'GET', url: '/teams?search=%ED%A0%80', headers: {} }, 200],
      ['explicit null firstName on PATCH', 'coach', { method: 'PATCH', url: `/competitors/${competitorId}`, ...json({ firstName: null }) }, 400],
      ['explicit null team name on PATCH', 'coach', { method: 'PATCH', url: `/teams/${teamId}`, ...json({ name: null }) }, 400],
      ['explicit null flag field on PATCH', 'admin', { method: 'PATCH', url: '/feature-flags/game_platform_integration', ...json({ enabled: null }) }, 400],
      [
        'explicit null coach id',
        'admin',
        { method: 'POST', url: '/coaches', ...json({ id: null, email: 'null-id@example.test', firstName: 'A', lastName: 'B' }) },
        400,
      ],
      ['coach token whose sub is not a UUID: teams', 'subNotUuid', { method: 'GET', url: '/teams', headers: {} }, 401],
      ['coach token whose sub is not a UUID: competitors', 'subNotUuid', { method: 'GET', url: '/competitors', headers: {} }, 401],
      ['coach token whose sub is not a UUID: own profile', 'subNotUuid', { method: 'GET', url: '/coaches/me', headers: {} }, 401],
      ['JSON nested 5,000 deep', 'coach', { method: 'POST', url: '/teams', payload: DEEP_JSON, headers: { 'content-type': 'application/json' } }, 400],
      ['purge before year 0', 'admin', { method: 'POST', url: '/admin/dead-letters/purge', ...json({ before: '0000-01-01T00:00:00Z' }) }, 400],
      [
        'unauthenticated 1 MB body',
        'none',
        { method: 'POST', url: '/teams', ...json({ name: 'x'.repeat(1_000_000), division: 'college', affiliation: 'U' }) },
        401,
      ],
      ['empty purge filter', 'admin', { method: 'POST', url: '/admin/dead-letters/purge', ...json({}) }, 400],
      ['empty pause', 'admin', { method: 'POST', url: '/admin/processing/pause', ...json({}) }, 400],
      ['empty bulk retry', 'admin', { method: 'POST', url: '/admin/jobs/retry', ...json({}) }, 400],
      ['token without exp', 'noExp', { method: 'GET', url: '/teams', headers: {} }, 401],
      ['token issued in the future', 'futureIat', { method: 'GET', url: '/teams', headers: {} }, 401],
    ];

    it('answers each listed input with its 4xx, as documented', async () => {
      const failures: string[] = [];
      for (const [name, caller, request, expected] of cases()) {
        const response = await send(request, caller);
        const problems = [...(response.statusCode === expected ? [] : [`expected ${expected}`]), ...violations(request, response)];
        if (problems.length > 0) failures.push(`${name}: ${describeCase(request, caller, response, problems)}`);
      }
      expect(failures).toEqual([]);
    });
  });
});

/** Bearer headers for each kind of caller; undefined sends none. */
async function callerTokens(coachId: string): Promise<Record<Caller, string | undefined>> {
  const key = new TextEncoder().encode(TEST_JWT_SECRET);
  const now = Math.floor(Date.now() / 1000);
  const signed = (claims: Record<string, unknown>, sub: string) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'HS256', typ: 'JWT' }).setSubject(sub).sign(key);
  const bearer = (token: string) => `Bearer ${token}`;
  return {
    admin: bearer(await mintToken(TEST_JWT_SECRET, { sub: 'fuzz-admin', role: 'admin' })),
    coach: bearer(await mintToken(TEST_JWT_SECRET, { sub: coachId, role: 'coach' })),
    none: undefined,
    garbage: 'Bearer not.a.token',
    subNotUuid: bearer(await mintToken(TEST_JWT_SECRET, { sub: 'not-a-uuid', role: 'coach' })),
    noExp: bearer(await signed({ role: 'admin', iat: now }, 'fuzz-admin')),
    futureIat: bearer(await signed({ role: 'admin', iat: now + 3_600, exp: now + 7_200 }, 'fuzz-admin')),
    expired: bearer(await signed({ role: 'admin', iat: now - 7_200, exp: now - 3_600 }, 'fuzz-admin')),
  };
}

/** A stable per-operation offset of the seed, so each operation gets its own cases. */
function hash(text: string): number {
  return [...text].reduce((sum, character) => (sum * 31 + character.charCodeAt(0)) | 0, 0);
}

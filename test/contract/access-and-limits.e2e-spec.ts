import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { SignJWT } from 'jose';
import { RedisClient } from '@app/common';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { TEST_JWT_SECRET } from '../support/environment';
import { TestStack, testStack } from '../support/stack';
import { expectProblem } from '../support/problem';
import { registeredCoachId } from './contract-fixtures';
import { injectChecked } from '../support/contract';

// High enough for the other cases of this file, which share the anonymous count of 127.0.0.1.
const LIMIT = 20;

/** A token with exactly the given claims (mintToken always sets iat and exp). */
function token(claims: { sub: string; role: string; iat?: number; exp?: number }): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'HS256' }).sign(new TextEncoder().encode(TEST_JWT_SECRET));
}

const now = () => Math.floor(Date.now() / 1000);

describe('tokens, early refusal and inbound limits', () => {
  let h: TestStack<'api'>;
  let adminToken: string;
  let coachToken: string;
  let coachId: string;

  beforeAll(async () => {
    h = await testStack('access-limits', {
      api: true,
      env: {
        RATE_LIMIT_REQUESTS: String(LIMIT),
        RATE_LIMIT_WINDOW_SECONDS: '60',
        JWT_MAX_LIFETIME_SECONDS: String(12 * 3600),
        CORS_ALLOWED_ORIGINS: 'https://coach.example.org',
      },
    });
    coachId = await registeredCoachId(h.prisma);
    adminToken = (await h.caller('admin')).token;
    coachToken = (await h.caller('coach', coachId)).token;
  });

  afterAll(async () => {
    await h?.close();
  });

  it('refuses tokens without exp, issued in the future, living too long, or a coach sub that is not a UUID', async () => {
    const cases = [
      [await token({ sub: coachId, role: 'coach', iat: now() }), /"exp"/],
      [await token({ sub: coachId, role: 'coach', iat: now() + 120, exp: now() + 600 }), /issued in the future/],
      [await token({ sub: coachId, role: 'coach', iat: now(), exp: now() + 13 * 3600 }), /lives longer than the 43200 s/],
      [await token({ sub: coachId, role: 'coach', exp: now() + 13 * 3600 }), /lives longer than the 43200 s/],
      [await token({ sub: 'not-a-uuid', role: 'coach', iat: now(), exp: now() + 600 }), /must be the coach id \(a UUID\)/],
    ] as const;
    for (const [bearer, detail] of cases) {
      const answer = await h.request(bearer, 'GET', '/competitors');
      expectProblem(answer, 401, '/competitors');
      expect(answer.body.detail).toMatch(detail);
    }
    const withinLeeway = await token({ sub: coachId, role: 'coach', iat: now() + 30, exp: now() + 600 });
    expect((await h.request(withinLeeway, 'GET', '/competitors')).statusCode).toBe(200);
  });

  it('refuses a protected route without a valid token before reading its body', async () => {
    const megabyteOfGarbage = `{${'x'.repeat(1_000_000)}`;
    const anonymous = await h.request(null, 'POST', '/teams', megabyteOfGarbage);
    expectProblem(anonymous, 401, '/teams');
    expect(anonymous.body.detail).toMatch(/Missing bearer token/);
    const forged = await h.request('not.a.jwt', 'POST', '/teams', megabyteOfGarbage);
    expectProblem(forged, 401, '/teams');
    // With a valid token the same body is parsed, and found malformed.
    expectProblem(await h.request(coachToken, 'POST', '/teams', megabyteOfGarbage), 400, '/teams');
  });

  it('sends security headers with a CSP that keeps Swagger UI working, and CORS only for allowed origins', async () => {
    const docs = await injectChecked(h.api, { method: 'GET', url: '/docs' });
    expect(docs.statusCode).toBe(200);
    const csp = String(docs.headers['content-security-policy']);
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self' 'unsafe-inline'");
    expect(docs.headers['x-content-type-options']).toBe('nosniff');
    expect(docs.headers['strict-transport-security']).toBeDefined();
    const scripts = [...docs.body.matchAll(/<script src="([^"]+)"/g)].map((match) => match[1]);
    expect(scripts.every((src) => !src.startsWith('http'))).toBe(true);
    expect(docs.body).not.toMatch(/<script>/);

    const allowed = await injectChecked(h.api, {
      method: 'OPTIONS',
      url: '/competitors',
      headers: { origin: 'https://coach.example.org', 'access-control-request-method': 'GET' },
    });
    expect(allowed.headers['access-control-allow-origin']).toBe('https://coach.example.org');
    const other = await injectChecked(h.api, {
      method: 'OPTIONS',
      url: '/competitors',
      headers: { origin: 'https://evil.example', 'access-control-request-method': 'GET' },
    });
    expect(other.headers['access-control-allow-origin']).toBeUndefined();
  });

  describe('the request rate limit', () => {
    let replica: NestFastifyApplication;

    beforeAll(async () => {
      replica = await createApiApp();
      await replica.init();
    });

    afterAll(async () => {
      await replica?.close();
    });

    it('is shared by replicas, counted per token subject, answers 429 with Retry-After, and spares probes', async () => {
      const admin = await token({ sub: 'limited-admin', role: 'admin', iat: now(), exp: now() + 600 });
      const statuses: number[] = [];
      for (let index = 0; index < LIMIT; index += 1) {
        const app = index % 2 === 0 ? h.api : replica;
        statuses.push((await injectChecked(app, { method: 'GET', url: '/coaches', headers: { authorization: `Bearer ${admin}` } })).statusCode);
      }
      expect(statuses.every((status) => status === 200)).toBe(true);
      const limited = await injectChecked(replica, { method: 'GET', url: '/coaches', headers: { authorization: `Bearer ${admin}` } });
      expectProblem({ statusCode: limited.statusCode, headers: limited.headers, body: limited.json() }, 429, '/coaches');
      expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);

      // Another subject has a count of its own; probes are not counted.
      expect((await h.request(adminToken, 'GET', '/coaches')).statusCode).toBe(200);
      for (let index = 0; index < LIMIT + 2; index += 1) expect((await h.request(null, 'GET', '/health/live')).statusCode).toBe(200);
      // The key lives under this app's REDIS_KEY_PREFIX.
      const keys = await h.api.get(RedisClient).keys(`${h.redisPrefix}:request-rate:*`);
      expect(keys).toEqual(expect.arrayContaining([`${h.redisPrefix}:request-rate:user:admin:limited-admin`]));
    });

    it('counts anonymous callers per IP', async () => {
      const statuses: number[] = [];
      for (let index = 0; index <= LIMIT; index += 1) {
        statuses.push((await injectChecked(h.api, { method: 'GET', url: '/competitors', remoteAddress: '203.0.113.9' })).statusCode);
      }
      expect(statuses.slice(0, LIMIT).every((status) => status === 401)).toBe(true);
      expect(statuses[LIMIT]).toBe(429);
      expect((await injectChecked(h.api, { method: 'GET', url: '/competitors', remoteAddress: '203.0.113.10' })).statusCode).toBe(401);
    });
  });
});

import { randomUUID } from 'node:crypto';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { PrismaService } from '@app/persistence';
import { mintToken } from '../../apps/api/src/auth';
import { createApiApp } from '../../apps/api/src/bootstrap';
import { TEST_JWT_SECRET, TestEnvironment, useTestEnvironment } from '../support/environment';
import { injectChecked } from '../support/contract';

export type Method = 'GET' | 'POST' | 'PATCH' | 'DELETE';
export interface Answer {
  statusCode: number;
  headers: Record<string, unknown>;
  body: any;
}

export interface ContractHarness {
  env: TestEnvironment;
  api: NestFastifyApplication;
  prisma: PrismaService;
  adminToken: string;
  coachId: string;
  coachToken: string;
  call(token: string | null, method: Method, url: string, payload?: unknown, headers?: Record<string, string>): Promise<Answer>;
  close(): Promise<void>;
}

/** The API on a database and Redis prefix of its own, with an admin and a registered coach. */
export async function useContractHarness(label: string, env: Record<string, string> = {}): Promise<ContractHarness> {
  const testEnv = await useTestEnvironment(label, env);
  const api = await createApiApp();
  await api.init();
  const prisma = api.get(PrismaService);
  const coachId = randomUUID();
  await prisma.coach.create({ data: { id: coachId, email: `coach-${coachId}@school.example.org`, firstName: 'Grace', lastName: 'Hopper' } });
  return {
    env: testEnv,
    api,
    prisma,
    coachId,
    adminToken: await mintToken(TEST_JWT_SECRET, { sub: randomUUID(), role: 'admin' }),
    coachToken: await mintToken(TEST_JWT_SECRET, { sub: coachId, role: 'coach' }),
    async call(token, method, url, payload, headers = {}) {
      const body = typeof payload === 'string' || payload === undefined ? payload : JSON.stringify(payload);
      const response = await injectChecked(api, {
        method,
        url,
        payload: body,
        headers: {
          ...(body !== undefined ? { 'content-type': 'application/json' } : {}),
          ...(token ? { authorization: `Bearer ${token}` } : {}),
          ...headers,
        },
      });
      const text = response.body;
      return { statusCode: response.statusCode, headers: response.headers, body: text.startsWith('{') ? JSON.parse(text) : text };
    },
    async close() {
      await api.close();
      await testEnv.teardown();
    },
  };
}

/** Asserts the RFC 9457 body every error answer has, with exactly the documented fields. */
export function expectProblem(answer: Answer, status: number, url?: string): void {
  expect({ status: answer.statusCode, contentType: answer.headers['content-type'] }).toEqual({
    status,
    contentType: 'application/problem+json; charset=utf-8',
  });
  expect(answer.body).toEqual({
    type: expect.stringMatching(/^https:\/\/game-platform-sync\.dev\/problems\//),
    title: expect.any(String),
    status,
    detail: expect.any(String),
    instance: url ? url.split('?')[0] : expect.any(String),
    requestId: answer.headers['x-request-id'],
    ...(answer.body.errors ? { errors: expect.arrayContaining([{ field: expect.any(String), message: expect.any(String) }]) } : {}),
  });
  expect(Object.keys(answer.body).every((key) => ['type', 'title', 'status', 'detail', 'instance', 'requestId', 'errors'].includes(key))).toBe(true);
}

import type { Answer } from './stack';

/** The field messages of a problem+json validation answer (`errors[].message`). */
export function fieldMessages(body: object): string[] {
  return ((body as { errors?: { message: string }[] }).errors ?? []).map((error) => error.message);
}

/** Asserts the RFC 9457 body every error answer has, with exactly the documented fields. */
export function expectProblem(answer: Pick<Answer, 'statusCode' | 'headers' | 'body'>, status: number, url?: string): void {
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

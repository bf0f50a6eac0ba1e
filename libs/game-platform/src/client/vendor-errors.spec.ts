import { errorFromResponse, formatDetail, parseRetryAfter } from './vendor-errors';

const answer = (method: string, path: string, status: number, body: unknown, retryAfterHeader: string | null = null) =>
  errorFromResponse({ method, path, status, body, retryAfterHeader, context: { competitorId: 'c-1' } });

describe('formatDetail', () => {
  it('keeps a FastAPI detail string as is', () => {
    expect(formatDetail('User already exists')).toBe('User already exists');
  });

  it('turns a 422 array into "field: message" parts without the body/query root', () => {
    const detail = [
      { loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error.email' },
      { loc: ['query', 'syned_user_id'], msg: 'field required', type: 'value_error.missing' },
      { loc: ['body', 'members', 0, 'name'], msg: 'field required', type: 'value_error.missing' },
    ];
    expect(formatDetail(detail)).toBe('email: value is not a valid email address; syned_user_id: field required; members.0.name: field required');
  });

  it('copes with a missing detail and unknown shapes', () => {
    expect(formatDetail(undefined)).toBe('');
    expect(formatDetail({ reason: 'x' })).toBe('{"reason":"x"}');
    expect(formatDetail([{ msg: 'bad' }])).toBe('bad');
  });
});

describe('parseRetryAfter', () => {
  it('reads delta-seconds and HTTP dates', () => {
    expect(parseRetryAfter('2')).toBe(2000);
    expect(parseRetryAfter('0.5')).toBe(500);
    const now = Date.parse('2025-01-01T00:00:00Z');
    expect(parseRetryAfter('Wed, 01 Jan 2025 00:00:03 GMT', now)).toBe(3000);
  });

  it('ignores absent or unreadable values', () => {
    expect(parseRetryAfter(null)).toBeUndefined();
    expect(parseRetryAfter('soon')).toBeUndefined();
  });
});

describe('errorFromResponse', () => {
  it.each([
    [401, 'unauthorized', false],
    [403, 'forbidden', false],
    [404, 'not_found', false],
    [400, 'validation', false],
    [422, 'validation', false],
    [418, 'bad_request', false],
    [429, 'rate_limited', true],
    [500, 'server_error', true],
    [502, 'unavailable', true],
    [503, 'unavailable', true],
    [504, 'unavailable', true],
  ])('maps %i to %s (retryable: %s)', (status, code, retryable) => {
    const error = answer('GET', '/users', status, { detail: 'x' });
    expect(error).toMatchObject({ status, code, retryable });
  });

  it('tells the 409s of POST /users apart by detail', () => {
    expect(answer('POST', '/users', 409, { detail: 'User already exists' }).code).toBe('conflict_exists');
    const taken = answer('POST', '/users', 409, { detail: 'Email already registered' });
    expect(taken.code).toBe('conflict_email_taken');
    expect(taken.retryable).toBe(false);
    expect(taken.message).toContain('Email already registered');
    expect(taken.message).toContain('correct the email');
  });

  it('maps the 409s of team endpoints by endpoint', () => {
    expect(answer('POST', '/teams', 409, { detail: 'Team already exists' }).code).toBe('conflict_exists');
    expect(answer('POST', '/teams/delete', 409, { detail: 'Team has members' }).code).toBe('conflict_team_has_members');
    expect(answer('POST', '/users/assign_team', 409, { detail: 'odd' }).code).toBe('conflict');
  });

  it('builds a readable message from a 422 and keeps the raw detail in the context', () => {
    const detail = [{ loc: ['body', 'email'], msg: 'value is not a valid email address', type: 'value_error' }];
    const error = answer('POST', '/users', 422, { detail });
    expect(error.message).toBe('Game platform POST /users failed with 422 (validation): email: value is not a valid email address');
    expect(error.context).toMatchObject({ method: 'POST', path: '/users', detail, competitorId: 'c-1' });
  });

  it('carries Retry-After of a 429 in milliseconds', () => {
    expect(answer('GET', '/users', 429, { detail: 'Too many requests' }, '3').context.retryAfterMs).toBe(3000);
  });

  it('survives a non-JSON error body', () => {
    const error = answer('GET', '/', 502, undefined);
    expect(error.message).toBe('Game platform GET / failed with 502 (unavailable)');
  });
});

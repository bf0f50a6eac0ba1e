import { GamePlatformError } from './game-platform.error';
import { parseVendorResponse } from './response-parser';
import type { FlashCtfProgressDto, OdlScoresDto, TeamAssignmentsDto } from './vendor-records';

const scoresTarget = { method: 'GET', path: '/scores/get_odl_scores', jobId: 'job-1' };
const userTarget = { method: 'GET', path: '/users' };
const assignmentsTarget = { method: 'GET', path: '/users/get_team_assignments' };
const flashTarget = { method: 'GET', path: '/scores/get_flash_ctf_progress' };
const solve = { challenge_solve_id: 1, challenge_id: 7, timestamp_unix: 1700000000 };

function problemOf(parse: () => unknown): GamePlatformError {
  try {
    parse();
  } catch (error) {
    return error as GamePlatformError;
  }
  throw new Error('the payload was accepted');
}

describe('parseVendorResponse', () => {
  it('keeps unknown fields and the raw payload of the record and of each nested item', () => {
    const item = { ...solve, vendor_extra: 'kept' };
    const payload = { syned_user_id: 'u-1', challenge_solves: [item], total_score: 10, surprise: true };
    const scores = parseVendorResponse<OdlScoresDto>(payload, 200, scoresTarget);
    expect(scores).toMatchObject({ syned_user_id: 'u-1', total_score: 10, surprise: true });
    expect(scores.raw).toBe(payload);
    expect(scores.challenge_solves[0].raw).toBe(item);
    expect(scores.challenge_solves[0]).toMatchObject(item);
    expect(JSON.stringify(scores.challenge_solves[0].raw)).toBe(JSON.stringify(item));
  });

  it('leaves the payload as the vendor sent it', () => {
    const payload = { syned_user_id: 'u-1', challenge_solves: [solve] };
    const copy = structuredClone(payload);
    parseVendorResponse<OdlScoresDto>(payload, 201, scoresTarget);
    expect(payload).toEqual(copy);
  });

  it('rejects a payload missing a required field with invalid_response naming it', () => {
    const error = problemOf(() =>
      parseVendorResponse({ syned_user_id: 'u-1', metactf_user_id: 5, metactf_username: 'x' }, 200, { ...userTarget, jobId: 'job-1' }),
    );
    expect(error).toBeInstanceOf(GamePlatformError);
    expect(error.message).toMatch(/metactf_user_status: is required/);
    expect(error).toMatchObject({ code: 'invalid_response', retryable: false, context: { jobId: 'job-1', path: '/users' } });
  });

  it('names every broken field, nested ones by their index', () => {
    const payload = { syned_user_id: 'u-1', challenge_solves: [{ challenge_solve_id: 1.5, challenge_id: 2 }] };
    const { message } = problemOf(() => parseVendorResponse(payload, 200, scoresTarget));
    expect(message).toMatch(/challenge_solves\.0\.timestamp_unix: is required/);
    expect(message).toMatch(/challenge_solves\.0\.challenge_solve_id: must be integer/);
  });

  it('rejects null where the contract does not allow it', () => {
    const payload = { syned_user_id: 'u-1', challenge_solves: [], total_score: null };
    expect(() => parseVendorResponse(payload, 200, scoresTarget)).toThrow(/total_score: must be integer/);
  });

  it('accepts null where the contract allows it but not a missing key', () => {
    const ok = parseVendorResponse<TeamAssignmentsDto>({ assignments: [{ syned_user_id: 'u', syned_team_id: null }], total_count: 1 }, 201, assignmentsTarget);
    expect(ok.assignments[0].syned_team_id).toBeNull();
    expect(() => parseVendorResponse({ assignments: [{ syned_user_id: 'u' }], total_count: 1 }, 201, assignmentsTarget)).toThrow(
      /assignments\.0\.syned_team_id: is required/,
    );
  });

  it('checks formats and enums of the contract', () => {
    const event = { name: 'March', event_id: null, started_at: '2024-03-01T00:00:00Z' };
    const progress = parseVendorResponse<FlashCtfProgressDto>({ syned_user_id: 'u', flash_ctfs: [event] }, 200, flashTarget);
    expect(progress.flash_ctfs[0].name).toBe('March');
    expect(() => parseVendorResponse({ syned_user_id: 'u', flash_ctfs: [{ ...event, started_at: 'last March' }] }, 200, flashTarget)).toThrow(
      /flash_ctfs\.0\.started_at: must match format "date-time"/,
    );
    const user = { syned_user_id: 'u', metactf_user_id: 1, metactf_username: 'x', metactf_user_status: 'active' };
    expect(() => parseVendorResponse({ ...user, role: 'admin' }, 200, userTarget)).toThrow(/role: must be equal to one of the allowed values/);
  });

  it('uses the declared 2xx schema when the vendor answers with another 2xx status', () => {
    expect(() => parseVendorResponse({ assignments: 'none', total_count: 0 }, 200, assignmentsTarget)).toThrow(/assignments: must be array/);
  });

  it('rejects non-object payloads', () => {
    expect(() => parseVendorResponse([1, 2], 200, userTarget)).toThrow(/expected a JSON object, got an array/);
  });
});

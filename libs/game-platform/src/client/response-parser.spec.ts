import { FlashCtfProgressDto, OdlScoresDto, TeamAssignmentsDto, UserDto } from './dto';
import { GamePlatformError } from './game-platform.error';
import { parseVendorResponse } from './response-parser';

const target = { method: 'GET', path: '/scores/get_odl_scores', jobId: 'job-1' };

describe('parseVendorResponse', () => {
  it('keeps unknown fields and the raw payload of the record and of each nested item', () => {
    const solve = { challenge_solve_id: 1, challenge_id: 7, timestamp_unix: 1700000000, vendor_extra: 'kept' };
    const payload = { syned_user_id: 'u-1', challenge_solves: [solve], total_score: 10, surprise: true };
    const scores = parseVendorResponse(OdlScoresDto, payload, target);
    expect(scores.total_score).toBe(10);
    expect(scores.raw).toBe(payload);
    expect(scores.challenge_solves[0].raw).toBe(solve);
    expect(scores.challenge_solves[0].challenge_id).toBe(7);
  });

  it('rejects a payload missing a required field with invalid_response naming it', () => {
    const parse = () => parseVendorResponse(UserDto, { syned_user_id: 'u-1', metactf_user_id: 5, metactf_username: 'x' }, target);
    expect(parse).toThrow(GamePlatformError);
    expect(parse).toThrow(/metactf_user_status/);
    try {
      parse();
    } catch (error) {
      expect(error).toMatchObject({ code: 'invalid_response', retryable: false, context: { jobId: 'job-1', path: target.path } });
    }
  });

  it('names the nested field of a broken item', () => {
    const payload = { syned_user_id: 'u-1', challenge_solves: [{ challenge_solve_id: 1, challenge_id: 2 }] };
    expect(() => parseVendorResponse(OdlScoresDto, payload, target)).toThrow(/challenge_solves\.0\.timestamp_unix/);
  });

  it('accepts null where the contract allows it but not a missing key', () => {
    const ok = parseVendorResponse(TeamAssignmentsDto, { assignments: [{ syned_user_id: 'u', syned_team_id: null }], total_count: 1 }, target);
    expect(ok.assignments[0].syned_team_id).toBeNull();
    expect(() => parseVendorResponse(TeamAssignmentsDto, { assignments: [{ syned_user_id: 'u' }], total_count: 1 }, target)).toThrow(
      /syned_team_id/,
    );
  });

  it('accepts flash CTF events without event_id', () => {
    const progress = parseVendorResponse(FlashCtfProgressDto, { syned_user_id: 'u', flash_ctfs: [{ name: 'March', event_id: null }] }, target);
    expect(progress.flash_ctfs[0].name).toBe('March');
  });

  it('rejects non-object payloads', () => {
    expect(() => parseVendorResponse(UserDto, [1, 2], target)).toThrow(/expected a JSON object, got an array/);
  });
});

import { plainToInstance } from 'class-transformer';
import { FlashCtfProgressDto, OdlScoresDto, TeamAssignmentsDto } from './dto';
import { buildRecord } from './record-builder';

describe('buildRecord', () => {
  it('builds what plainToInstance builds, with raw on every record', () => {
    const solve = { challenge_solve_id: 1, challenge_id: 7, timestamp_unix: 1700000000, vendor_extra: 'kept', toString: 3 };
    const payload = { syned_user_id: 'u-1', challenge_solves: [solve], total_score: 10, last_accessed_unix: null, surprise: true };
    const built = buildRecord(OdlScoresDto, payload)!;
    const reference = plainToInstance(OdlScoresDto, payload);
    expect(built).toBeInstanceOf(OdlScoresDto);
    expect(built.challenge_solves[0]).toBeInstanceOf(reference.challenge_solves[0].constructor);
    const { raw, challenge_solves: solves, ...fields } = built;
    expect(raw).toBe(payload);
    expect(solves[0].raw).toBe(solve);
    expect(fields).toEqual({ ...reference, raw: undefined, challenge_solves: undefined });
    expect({ ...solves[0], raw: undefined }).toEqual({ ...reference.challenge_solves[0] });
    expect(Object.keys(built).sort()).toEqual(Object.keys(reference).sort());
  });

  it('leaves every other shape to class-transformer', () => {
    expect(buildRecord(OdlScoresDto, { syned_user_id: 'u', challenge_solves: { challenge_solve_id: 1 } })).toBeNull();
    expect(buildRecord(OdlScoresDto, { syned_user_id: 'u', challenge_solves: [1, null] })).toBeNull();
    expect(buildRecord(OdlScoresDto, { syned_user_id: 'u', challenge_solves: [[{ challenge_solve_id: 1 }]] })).toBeNull();
    expect(buildRecord(OdlScoresDto, { syned_user_id: { nested: true }, challenge_solves: [] })).toBeNull();
    expect(buildRecord(FlashCtfProgressDto, { syned_user_id: 'u', flash_ctfs: [{ name: 'March', extra: [1] }] })).toBeNull();
  });

  it('keeps nulls the contract allows in nested records', () => {
    const built = buildRecord(TeamAssignmentsDto, { assignments: [{ syned_user_id: 'u', syned_team_id: null }], total_count: 1 })!;
    expect(built.assignments[0].syned_team_id).toBeNull();
  });
});

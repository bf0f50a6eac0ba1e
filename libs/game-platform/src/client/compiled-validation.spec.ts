import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { passesValidation } from './compiled-validation';
import { AssignmentDto, FlashCtfProgressDto, OdlScoresDto, TeamAssignmentsDto, UserDto } from './dto';

const solve = { challenge_solve_id: 1, challenge_id: 7, timestamp_unix: 1700000000, challenge_title: 'T', challenge_points: 5 };
const cases: [string, Function, unknown][] = [
  ['valid scores', OdlScoresDto, { syned_user_id: 'u', challenge_solves: [solve], last_accessed_unix: null, extra: 1 }],
  ['scores without solves', OdlScoresDto, { syned_user_id: 'u' }],
  ['solves not an array', OdlScoresDto, { syned_user_id: 'u', challenge_solves: solve }],
  ['solve item not an object', OdlScoresDto, { syned_user_id: 'u', challenge_solves: [3] }],
  ['solve item null', OdlScoresDto, { syned_user_id: 'u', challenge_solves: [null] }],
  ['solve missing its id', OdlScoresDto, { syned_user_id: 'u', challenge_solves: [{ ...solve, challenge_solve_id: undefined }] }],
  ['solve id not an integer', OdlScoresDto, { syned_user_id: 'u', challenge_solves: [{ ...solve, challenge_solve_id: 1.5 }] }],
  ['solve title a number', OdlScoresDto, { syned_user_id: 'u', challenge_solves: [{ ...solve, challenge_title: 3 }] }],
  ['optional total null', OdlScoresDto, { syned_user_id: 'u', challenge_solves: [], total_score: null }],
  ['flash event without id', FlashCtfProgressDto, { syned_user_id: 'u', flash_ctfs: [{ name: 'May', rank: null }] }],
  ['flash event without name', FlashCtfProgressDto, { syned_user_id: 'u', flash_ctfs: [{ event_id: 'e' }] }],
  ['assignment with null team', TeamAssignmentsDto, { assignments: [{ syned_user_id: 'u', syned_team_id: null }], total_count: 1 }],
  ['assignment without team key', AssignmentDto, { syned_user_id: 'u' }],
  ['user with unknown role', UserDto, { syned_user_id: 'u', metactf_user_id: 1, metactf_username: 'x', metactf_user_status: 'active', role: 'admin' }],
  ['user with role', UserDto, { syned_user_id: 'u', metactf_user_id: 1, metactf_username: 'x', metactf_user_status: 'active', role: 'coach' }],
];

describe('passesValidation', () => {
  it.each(cases)('agrees with class-validator: %s', (_name, dto, payload) => {
    const record = plainToInstance(dto as new () => object, payload) as object;
    expect(passesValidation(record)).toBe(validateSync(record, { forbidUnknownValues: false }).length === 0);
  });
});

import type { components, paths } from './contract/openapi-types.generated';

/**
 * A validated vendor answer, typed by the contract, with the payload it came from in `raw` (for
 * raw_payload columns); each object in its arrays carries its own `raw` too.
 */
export type VendorRecord<T> = { [K in keyof T]: RecordField<T[K]> } & { raw: Record<string, unknown> };
type RecordField<V> = V extends readonly (infer Item)[] ? (Item extends object ? VendorRecord<Item>[] : V) : V;

type Schemas = components['schemas'];
type JsonBody<Response> = Response extends { content: { 'application/json': infer Body } } ? Body : never;

export type UserDto = VendorRecord<Schemas['User']>;
export type TeamDto = VendorRecord<Schemas['Team']>;
/** `syned_team_id: null` means the user is on no team. */
export type AssignmentDto = VendorRecord<Schemas['Assignment']>;
export type TeamAssignmentsDto = VendorRecord<JsonBody<paths['/users/get_team_assignments']['get']['responses'][201]>>;
/**
 * With after_time_unix the aggregate fields cover the returned solves only; they are true totals
 * only on an unfiltered call. Several solves can share one timestamp_unix.
 */
export type OdlScoresDto = VendorRecord<Schemas['OdlScores']>;
export type ChallengeSolveDto = OdlScoresDto['challenge_solves'][number];
/** Flash CTF events are global, never filtered by time. */
export type FlashCtfProgressDto = VendorRecord<JsonBody<paths['/scores/get_flash_ctf_progress']['get']['responses'][200]>>;
/** `event_id` may be missing: callers derive a stable id then. */
export type FlashCtfEventDto = FlashCtfProgressDto['flash_ctfs'][number];
/** `{ status: "ok" | "sent" | "deleted" }` answers of ping, password reset and team deletion. */
export type StatusDto = VendorRecord<JsonBody<paths['/']['get']['responses'][200]>>;

/** Body of POST /users. */
export type UserCreate = Schemas['UserCreate'];
export type GamePlatformRole = UserCreate['role'];
/** Body of POST /teams. */
export type TeamCreate = Schemas['TeamCreate'];
/** ASSUMED enum of the contract. */
export type GamePlatformDivision = TeamCreate['division'];

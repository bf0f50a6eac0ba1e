export type Role = 'user' | 'coach';
export type UserStatus = 'pending_invite' | 'active' | 'disabled';
export type Division = 'middle_school' | 'high_school' | 'college';

export interface SimUser {
  synedUserId: string;
  metactfUserId: number;
  username: string;
  status: UserStatus;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  synedSchoolId: string | null;
  synedRegionId: string | null;
  lastAccessedUnix: number | null;
}

export interface SimTeam {
  synedTeamId: string;
  metactfTeamId: number;
  synedCoachUserId: string;
  metactfCoachId: number;
  name: string;
  division: Division;
  affiliation: string;
}

export interface SimAssignment {
  synedTeamId: string;
  assignedAtUnix: number;
}

export interface SimSolve {
  challengeSolveId: number;
  challengeId: number;
  timestampUnix: number;
  /** The vendor only returns a solve once its clock reaches this (ingestion lag). */
  visibleAtUnix: number;
  /** Random key giving the vendor's unordered-but-deterministic response order. */
  order: number;
}

export interface SimFlashEvent {
  /** Simulator-internal handle: event_id may be absent, so progress is keyed by this. */
  key: number;
  /** undefined: the key is left out of responses; null: answered as `"event_id": null`. */
  eventId?: string | null;
  name: string;
  description: string | null;
  startedAtUnix: number;
  endedAtUnix: number | null;
}

export interface SimFlashProgress {
  challengesSolved: number;
  score: number;
  rank: number | null;
}

/**
 * Which Flash CTF events `get_flash_ctf_progress` lists to a user: every started event (the
 * contract's global events), or only those the user played (has progress in).
 */
export type FlashVisibility = 'all' | 'participants';

/** Behaviour switches of the control API (`PUT /_sim/behaviour`); reset restores the defaults. */
export interface SimBehaviour {
  flashCtfVisibility: FlashVisibility;
}

export const DEFAULT_BEHAVIOUR: SimBehaviour = { flashCtfVisibility: 'all' };

import { challengeById } from './catalogue';
import type { SimFlashEvent, SimFlashProgress, SimSolve, SimTeam, SimUser } from './model';

/** Vendor (snake_case) JSON shapes of the simulator's records, as openapi.yaml declares them. */

export function userJson(user: SimUser, synedTeamId: string | null) {
  return {
    syned_user_id: user.synedUserId,
    metactf_user_id: user.metactfUserId,
    metactf_username: user.username,
    metactf_user_status: user.status,
    first_name: user.firstName,
    last_name: user.lastName,
    email: user.email,
    role: user.role,
    syned_team_id: synedTeamId,
  };
}

export function teamJson(team: SimTeam) {
  return {
    syned_team_id: team.synedTeamId,
    metactf_team_id: team.metactfTeamId,
    metactf_coach_id: team.metactfCoachId,
    name: team.name,
    division: team.division,
    affiliation: team.affiliation,
  };
}

export function assignmentJson(synedUserId: string, metactfUserId: number, synedTeamId: string | null, assignedAtUnix: number) {
  return {
    syned_user_id: synedUserId,
    syned_team_id: synedTeamId,
    metactf_user_id: metactfUserId,
    assigned_at_unix: assignedAtUnix,
  };
}

export function solveJson(solve: SimSolve) {
  const challenge = challengeById(solve.challengeId);
  return {
    challenge_solve_id: solve.challengeSolveId,
    challenge_id: solve.challengeId,
    challenge_title: challenge?.title ?? '',
    challenge_category: challenge?.category ?? '',
    challenge_points: challenge?.points ?? 0,
    timestamp_unix: solve.timestampUnix,
  };
}

function monthStartUnix(nowUnix: number): number {
  const now = new Date(nowUnix * 1000);
  return Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1) / 1000;
}

/**
 * The aggregates cover the returned solves only (so with after_time_unix they are not totals).
 * monthly_ctf_challenges: returned solves whose timestamp falls in the simulator clock's current UTC month.
 */
export function odlScoresJson(user: SimUser, solves: SimSolve[], nowUnix: number) {
  const monthStart = monthStartUnix(nowUnix);
  let totalScore = 0;
  let monthly = 0;
  const challengeSolves = solves.map((solve) => {
    const json = solveJson(solve);
    totalScore += json.challenge_points;
    if (solve.timestampUnix >= monthStart) monthly++;
    return json;
  });
  return {
    syned_user_id: user.synedUserId,
    metactf_user_id: user.metactfUserId,
    challenges_completed: challengeSolves.length,
    total_score: totalScore,
    monthly_ctf_challenges: monthly,
    last_accessed_unix: user.lastAccessedUnix,
    challenge_solves: challengeSolves,
  };
}

function isoOrNull(unix: number | null): string | null {
  return unix === null ? null : new Date(unix * 1000).toISOString();
}

export function flashEventJson(event: SimFlashEvent, progress: SimFlashProgress) {
  return {
    ...('eventId' in event ? { event_id: event.eventId } : {}),
    name: event.name,
    description: event.description,
    challenges_solved: progress.challengesSolved,
    score: progress.score,
    rank: progress.rank,
    started_at: new Date(event.startedAtUnix * 1000).toISOString(),
    ended_at: isoOrNull(event.endedAtUnix),
  };
}

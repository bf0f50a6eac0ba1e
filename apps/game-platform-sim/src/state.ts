import { CHALLENGES, challengeById } from './catalogue';
import { VendorError } from './errors';
import type { Division, FlashVisibility, Role, SimAssignment, SimFlashEvent, SimFlashProgress, SimSolve, SimTeam, SimUser } from './model';
import { Prng } from './prng';

export interface NewUser {
  synedUserId: string;
  firstName: string;
  lastName: string;
  email: string;
  role: Role;
  synedSchoolId?: string | null;
  synedRegionId?: string | null;
}

export interface NewTeam {
  synedTeamId: string;
  synedCoachUserId: string;
  name: string;
  division: Division;
  affiliation: string;
}

export interface NewSolve {
  challengeId?: number;
  timestampUnix: number;
  visibleAtUnix: number;
}

export interface NewFlashEvent {
  eventId?: string | null;
  name: string;
  description: string | null;
  startedAtUnix: number;
  endedAtUnix: number | null;
}

export interface UserAssignment {
  synedUserId: string;
  metactfUserId: number;
  assignment: SimAssignment;
}

export const FIRST_METACTF_USER_ID = 10001;
const FIRST_METACTF_TEAM_ID = 501;

function usernameFor(firstName: string, lastName: string, metactfUserId: number): string {
  const base = `${firstName.charAt(0)}${lastName}`.toLowerCase().replace(/[^a-z0-9]/g, '');
  return `${base || 'player'}${metactfUserId}`;
}

/** Everything the vendor knows: users, teams, rosters, solves and Flash CTF events. */
export class SimState {
  private readonly users = new Map<string, SimUser>();
  private readonly emailOwners = new Map<string, string>();
  private readonly teams = new Map<string, SimTeam>();
  private readonly assignments = new Map<string, SimAssignment>();
  private readonly rosters = new Map<string, Set<string>>();
  private readonly solves = new Map<string, SimSolve[]>();
  private readonly flashEvents: SimFlashEvent[] = [];
  private readonly flashProgress = new Map<string, Map<number, SimFlashProgress>>();
  private nextMetactfUserId = FIRST_METACTF_USER_ID;
  private nextMetactfTeamId = FIRST_METACTF_TEAM_ID;
  private nextSolveId = 1;
  private nextFlashKey = 1;

  constructor(private readonly rng: Prng) {}

  // --- vendor operations -------------------------------------------------

  createUser(input: NewUser, status: SimUser['status'] = 'pending_invite'): SimUser {
    if (this.users.has(input.synedUserId)) throw new VendorError(409, 'User already exists');
    const emailKey = input.email.toLowerCase();
    if (this.emailOwners.has(emailKey)) throw new VendorError(409, 'Email already registered');
    const metactfUserId = this.nextMetactfUserId++;
    const user: SimUser = {
      synedUserId: input.synedUserId,
      metactfUserId,
      username: usernameFor(input.firstName, input.lastName, metactfUserId),
      status,
      firstName: input.firstName,
      lastName: input.lastName,
      email: input.email,
      role: input.role,
      synedSchoolId: input.synedSchoolId ?? null,
      synedRegionId: input.synedRegionId ?? null,
      lastAccessedUnix: null,
    };
    this.users.set(user.synedUserId, user);
    this.emailOwners.set(emailKey, user.synedUserId);
    return user;
  }

  requireUser(synedUserId: string): SimUser {
    const user = this.users.get(synedUserId);
    if (!user) throw new VendorError(404, 'User not found');
    return user;
  }

  requireTeam(synedTeamId: string): SimTeam {
    const team = this.teams.get(synedTeamId);
    if (!team) throw new VendorError(404, 'Team not found');
    return team;
  }

  teamIdOf(synedUserId: string): string | null {
    return this.assignments.get(synedUserId)?.synedTeamId ?? null;
  }

  createTeam(input: NewTeam): SimTeam {
    if (this.teams.has(input.synedTeamId)) throw new VendorError(409, 'Team already exists');
    const coach = this.users.get(input.synedCoachUserId);
    if (!coach || coach.role !== 'coach') throw new VendorError(404, 'Coach not found');
    const team: SimTeam = {
      ...input,
      metactfTeamId: this.nextMetactfTeamId++,
      metactfCoachId: coach.metactfUserId,
    };
    this.teams.set(team.synedTeamId, team);
    this.rosters.set(team.synedTeamId, new Set());
    return team;
  }

  deleteTeam(synedTeamId: string): void {
    this.requireTeam(synedTeamId);
    if ((this.rosters.get(synedTeamId)?.size ?? 0) > 0) throw new VendorError(409, 'Team has members');
    this.teams.delete(synedTeamId);
    this.rosters.delete(synedTeamId);
  }

  /** Puts a user on a team (moving them off any other) or, with null, off their team. */
  assign(synedUserId: string, synedTeamId: string | null, nowUnix: number): SimUser {
    const user = this.requireUser(synedUserId);
    if (synedTeamId !== null) this.requireTeam(synedTeamId);
    const current = this.assignments.get(synedUserId);
    if (current) this.rosters.get(current.synedTeamId)?.delete(synedUserId);
    if (synedTeamId === null) {
      this.assignments.delete(synedUserId);
    } else {
      this.assignments.set(synedUserId, { synedTeamId, assignedAtUnix: nowUnix });
      this.rosters.get(synedTeamId)?.add(synedUserId);
    }
    return user;
  }

  /** Current assignments of one team, or of every team when no id is given. */
  teamAssignments(synedTeamId?: string): UserAssignment[] {
    if (synedTeamId !== undefined) this.requireTeam(synedTeamId);
    const memberIds = [...(synedTeamId === undefined ? this.assignments.keys() : (this.rosters.get(synedTeamId) ?? []))];
    return memberIds.map((id) => ({
      synedUserId: id,
      metactfUserId: this.users.get(id)?.metactfUserId ?? 0,
      assignment: this.assignments.get(id) as SimAssignment,
    }));
  }

  /** Solves the vendor shows at `nowUnix`, optionally only those strictly after `afterTimeUnix`. */
  visibleSolves(synedUserId: string, nowUnix: number, afterTimeUnix?: number): SimSolve[] {
    const all = this.solves.get(synedUserId) ?? [];
    const visible = all.filter((solve) => solve.visibleAtUnix <= nowUnix && (afterTimeUnix === undefined || solve.timestampUnix > afterTimeUnix));
    return visible.sort((a, b) => a.order - b.order);
  }

  /**
   * Events started by `nowUnix`, each with this user's progress (zeros when they did not play); with
   * `participants` visibility only the events the user played.
   */
  flashCtfs(synedUserId: string, nowUnix: number, visibility: FlashVisibility): { event: SimFlashEvent; progress: SimFlashProgress }[] {
    const progress = this.flashProgress.get(synedUserId);
    return this.flashEvents
      .filter((event) => event.startedAtUnix <= nowUnix && (visibility === 'all' || progress?.has(event.key)))
      .map((event) => ({
        event,
        progress: progress?.get(event.key) ?? { challengesSolved: 0, score: 0, rank: null },
      }));
  }

  // --- control operations ------------------------------------------------

  /**
   * The account is deleted on the platform side: every read of it answers 404 from now on, its
   * email is free again, it leaves its team, and its solves and Flash CTF progress are gone.
   * Creating a user with the same syned_user_id makes a fresh account.
   */
  deleteUser(synedUserId: string): void {
    const user = this.requireUser(synedUserId);
    const team = this.assignments.get(synedUserId);
    if (team) this.rosters.get(team.synedTeamId)?.delete(synedUserId);
    this.assignments.delete(synedUserId);
    this.emailOwners.delete(user.email.toLowerCase());
    this.users.delete(synedUserId);
    this.solves.delete(synedUserId);
    this.flashProgress.delete(synedUserId);
  }

  addSolve(synedUserId: string, input: NewSolve): SimSolve {
    const user = this.requireUser(synedUserId);
    const solvedIds = new Set((this.solves.get(synedUserId) ?? []).map((solve) => solve.challengeId));
    let challengeId = input.challengeId;
    if (challengeId === undefined) {
      const unsolved = CHALLENGES.filter((challenge) => !solvedIds.has(challenge.id));
      if (unsolved.length === 0) throw new VendorError(409, 'User has solved every challenge');
      challengeId = this.rng.pick(unsolved).id;
    } else if (!challengeById(challengeId)) {
      throw new VendorError(400, `Unknown challenge ${challengeId}`);
    } else if (solvedIds.has(challengeId)) {
      throw new VendorError(409, `Challenge ${challengeId} already solved by this user`);
    }
    const solve = this.appendSolve(synedUserId, challengeId, input.timestampUnix, input.visibleAtUnix);
    user.lastAccessedUnix = Math.max(user.lastAccessedUnix ?? 0, input.timestampUnix);
    return solve;
  }

  /** Low-level insert used by seeding (no checks); ids grow in insertion order, like the vendor's. */
  appendSolve(synedUserId: string, challengeId: number, timestampUnix: number, visibleAtUnix: number): SimSolve {
    const solve: SimSolve = {
      challengeSolveId: this.nextSolveId++,
      challengeId,
      timestampUnix,
      visibleAtUnix,
      order: this.rng.uint32(),
    };
    const list = this.solves.get(synedUserId);
    if (list) list.push(solve);
    else this.solves.set(synedUserId, [solve]);
    return solve;
  }

  /** New solves at `nowUnix` for a random share of competitors (deterministic for a seed). */
  addActivity(userFraction: number, solvesPerUser: number, nowUnix: number, visibleAfterSeconds: number): { users: string[]; solves: number } {
    const users = this.userIds('user').filter(() => this.rng.chance(userFraction));
    let solves = 0;
    for (const id of users) {
      for (let i = 0; i < solvesPerUser; i++) {
        try {
          this.addSolve(id, { timestampUnix: nowUnix, visibleAtUnix: nowUnix + visibleAfterSeconds });
          solves++;
        } catch (error) {
          // A user who has solved the whole catalogue simply gets no more.
          if (!(error instanceof VendorError && error.status === 409)) throw error;
          break;
        }
      }
    }
    return { users, solves };
  }

  allSolves(synedUserId: string): SimSolve[] {
    this.requireUser(synedUserId);
    return [...(this.solves.get(synedUserId) ?? [])];
  }

  addFlashEvent(input: NewFlashEvent): SimFlashEvent {
    const event: SimFlashEvent = { key: this.nextFlashKey++, ...input };
    if (input.eventId === undefined) delete event.eventId;
    this.flashEvents.push(event);
    return event;
  }

  setFlashProgress(eventKey: number, synedUserId: string, progress: SimFlashProgress): void {
    if (!this.flashEvents.some((event) => event.key === eventKey)) {
      throw new VendorError(404, `Flash CTF event ${eventKey} not found`);
    }
    this.requireUser(synedUserId);
    let perUser = this.flashProgress.get(synedUserId);
    if (!perUser) {
      perUser = new Map();
      this.flashProgress.set(synedUserId, perUser);
    }
    perUser.set(eventKey, progress);
  }

  roster(synedTeamId: string): { team: SimTeam; members: UserAssignment[] } {
    return { team: this.requireTeam(synedTeamId), members: this.teamAssignments(synedTeamId) };
  }

  userIds(role?: Role): string[] {
    const ids: string[] = [];
    for (const user of this.users.values()) if (role === undefined || user.role === role) ids.push(user.synedUserId);
    return ids;
  }

  summary(): { users: number; teams: number; assignments: number; solves: number; flashEvents: number } {
    let solves = 0;
    for (const list of this.solves.values()) solves += list.length;
    return {
      users: this.users.size,
      teams: this.teams.size,
      assignments: this.assignments.size,
      solves,
      flashEvents: this.flashEvents.length,
    };
  }
}

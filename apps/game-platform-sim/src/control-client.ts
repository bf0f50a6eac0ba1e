import type { CountersSnapshot, FaultSettings } from './faults';

export interface ControlSolveInput {
  /** A catalogue challenge id (1001..1403); a random unsolved one when omitted. */
  challengeId?: number;
  /** Default: the simulator clock's now. */
  timestampUnix?: number;
  /** When the vendor starts returning it; default timestampUnix (+ visibleAfterSeconds). */
  visibleAtUnix?: number;
  visibleAfterSeconds?: number;
}

export interface ControlSolve {
  challenge_solve_id: number;
  challenge_id: number;
  challenge_title: string;
  challenge_category: string;
  challenge_points: number;
  timestamp_unix: number;
  visible_at_unix: number;
}

export interface ControlFlashProgress {
  synedUserId: string;
  challengesSolved: number;
  score: number;
  rank?: number | null;
}

export interface ControlFlashEventInput {
  /** Omit the key to create an event the vendor returns without event_id; null returns `"event_id": null`. */
  eventId?: string | null;
  name?: string;
  description?: string | null;
  /** Default: now. Events are listed once the simulator clock reaches this. */
  startedAtUnix?: number;
  endedAtUnix?: number | null;
  progress?: ControlFlashProgress[];
}

export interface ControlResetInput {
  empty?: boolean;
  seed?: number;
  users?: number;
  solvesPerUser?: [number, number];
  historyDays?: number;
  flashMonths?: number;
  anchorUnix?: number;
}

export interface ControlClock {
  nowUnix: number;
  offsetSeconds: number;
}

export interface ControlState extends ControlClock {
  dataset: Required<Omit<ControlResetInput, 'solvesPerUser'>> & { solvesPerUser: [number, number] };
  users: number;
  teams: number;
  assignments: number;
  solves: number;
  flashEvents: number;
}

export interface ControlAssignment {
  syned_user_id: string;
  syned_team_id: string | null;
  metactf_user_id: number;
  assigned_at_unix: number;
}

export interface ControlRoster {
  team: {
    syned_team_id: string;
    metactf_team_id: number;
    metactf_coach_id: number;
    name: string;
    division: string;
    affiliation: string;
  };
  members: ControlAssignment[];
}

export interface ControlBehaviour {
  /** `all` (default): every started event is listed to every user; `participants`: only the events the user played. */
  flashCtfVisibility?: 'all' | 'participants';
}

export interface ControlFlashProgressAnswer {
  syned_user_id: string;
  flash_ctfs: Record<string, unknown>[];
}

export type ControlFaults = FaultSettings & {
  outageRemainingSeconds: number;
  failNextRemaining: number;
  hangNextRemaining: number;
};

export class SimulatorControlError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
  ) {
    super(`simulator control call failed with ${status}: ${JSON.stringify(body)}`);
  }
}

/** Typed client of a running simulator's `/_sim` control API (works across processes). */
export class SimulatorControl {
  constructor(
    readonly controlUrl: string,
    private readonly controlToken?: string,
  ) {}

  state(): Promise<ControlState> {
    return this.call('GET', '/state');
  }

  reset(input: ControlResetInput = {}): Promise<ControlState> {
    return this.call('POST', '/reset', input);
  }

  clock(): Promise<ControlClock> {
    return this.call('GET', '/clock');
  }

  advanceClock(seconds: number): Promise<ControlClock> {
    return this.call('POST', '/clock/advance', { seconds });
  }

  setClock(unix: number): Promise<ControlClock> {
    return this.call('POST', '/clock/set', { unix });
  }

  async addSolves(synedUserId: string, solves: ControlSolveInput[] | number): Promise<ControlSolve[]> {
    const body = typeof solves === 'number' ? { count: solves } : { solves };
    const result = await this.call<{ solves: ControlSolve[] }>('POST', `/users/${encodeURIComponent(synedUserId)}/solves`, body);
    return result.solves;
  }

  /** Every solve of a user, including those not visible yet. */
  async solves(synedUserId: string): Promise<ControlSolve[]> {
    const result = await this.call<{ solves: ControlSolve[] }>('GET', `/users/${encodeURIComponent(synedUserId)}/solves`);
    return result.solves;
  }

  user(synedUserId: string): Promise<Record<string, unknown>> {
    return this.call('GET', `/users/${encodeURIComponent(synedUserId)}`);
  }

  /** Deletes the account on the platform side: its reads answer 404 from now on. */
  async deleteUser(synedUserId: string): Promise<void> {
    await this.call('DELETE', `/users/${encodeURIComponent(synedUserId)}`);
  }

  /** What get_flash_ctf_progress answers for this user now, without counting a vendor call. */
  flashProgress(synedUserId: string): Promise<ControlFlashProgressAnswer> {
    return this.call('GET', `/users/${encodeURIComponent(synedUserId)}/flash-ctfs`);
  }

  /** Replaces every behaviour switch; omitted ones go back to their default. */
  setBehaviour(behaviour: ControlBehaviour): Promise<Required<ControlBehaviour>> {
    return this.call('PUT', '/behaviour', behaviour);
  }

  behaviour(): Promise<Required<ControlBehaviour>> {
    return this.call('GET', '/behaviour');
  }

  /** New solves for a random share of competitors, e.g. to drive incremental syncs in benchmarks. */
  activity(input: { userFraction?: number; solvesPerUser?: number; visibleAfterSeconds?: number } = {}): Promise<{
    users: string[];
    solves: number;
  }> {
    return this.call('POST', '/activity', input);
  }

  addFlashEvent(input: ControlFlashEventInput = {}): Promise<{ key: number; event: Record<string, unknown> }> {
    return this.call('POST', '/flash-ctfs', input);
  }

  async setFlashProgress(eventKey: number, progress: ControlFlashProgress): Promise<void> {
    await this.call('POST', `/flash-ctfs/${eventKey}/progress`, progress);
  }

  team(synedTeamId: string): Promise<ControlRoster> {
    return this.call('GET', `/teams/${encodeURIComponent(synedTeamId)}`);
  }

  /** Replaces every fault setting; omitted ones are cleared. */
  setFaults(faults: FaultSettings): Promise<ControlFaults> {
    return this.call('PUT', '/faults', faults);
  }

  faults(): Promise<ControlFaults> {
    return this.call('GET', '/faults');
  }

  clearFaults(): Promise<ControlFaults> {
    return this.call('DELETE', '/faults');
  }

  counters(): Promise<CountersSnapshot> {
    return this.call('GET', '/counters');
  }

  resetCounters(): Promise<CountersSnapshot> {
    return this.call('DELETE', '/counters');
  }

  /** Calls received for one route (e.g. "GET /scores/get_odl_scores"), for one status or all. */
  async count(route: string, status?: number | 'timeout'): Promise<number> {
    const byStatus = (await this.counters()).byRoute[route] ?? {};
    if (status !== undefined) return byStatus[String(status)] ?? 0;
    return Object.values(byStatus).reduce((sum, n) => sum + n, 0);
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const headers: Record<string, string> = {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    if (this.controlToken) headers.authorization = `Bearer ${this.controlToken}`;
    const response = await fetch(`${this.controlUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    const parsed: unknown = text ? JSON.parse(text) : undefined;
    if (!response.ok) throw new SimulatorControlError(response.status, parsed);
    return parsed as T;
  }
}

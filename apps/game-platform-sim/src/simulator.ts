import { SimClock } from './clock';
import { DEFAULT_SEED, DEFAULT_SOLVES_PER_USER, DEFAULT_USERS, type DatasetOptions, seedState } from './dataset';
import { CallCounters, FaultInjector } from './faults';
import { DEFAULT_BEHAVIOUR, type SimBehaviour } from './model';
import { Prng } from './prng';
import { SimState } from './state';
import { flashEventJson } from './vendor-json';

export interface DatasetSettings {
  /** Start with no users, solves or events at all (default false: seeded). */
  empty?: boolean;
  seed?: number;
  users?: number;
  solvesPerUser?: readonly [number, number];
  historyDays?: number;
  flashMonths?: number;
  /** Fixes the end of the seeded history (default: the simulator clock's now). */
  anchorUnix?: number;
}

function resolveDataset(settings: DatasetSettings, nowUnix: number): DatasetOptions {
  return {
    seed: settings.seed ?? DEFAULT_SEED,
    users: settings.users ?? DEFAULT_USERS,
    solvesPerUser: settings.solvesPerUser ?? DEFAULT_SOLVES_PER_USER,
    historyDays: settings.historyDays ?? 120,
    flashMonths: settings.flashMonths ?? 6,
    anchorUnix: settings.anchorUnix ?? nowUnix,
  };
}

/** The simulated vendor: its data, clock, injected faults and call counters. */
export class Simulator {
  readonly clock = new SimClock();
  readonly faults = new FaultInjector();
  readonly counters = new CallCounters();
  state!: SimState;
  behaviour: SimBehaviour = { ...DEFAULT_BEHAVIOUR };
  private dataset!: DatasetOptions & { empty: boolean };

  constructor(private readonly initial: DatasetSettings = {}) {
    this.reset();
  }

  /** Back to a fresh state: clock, faults and counters cleared, data rebuilt (with overrides). */
  reset(overrides: DatasetSettings = {}): void {
    this.clock.reset();
    this.faults.clear();
    this.counters.reset();
    this.behaviour = { ...DEFAULT_BEHAVIOUR };
    const settings = { ...this.initial, ...overrides };
    const dataset = resolveDataset(settings, this.clock.nowUnix());
    this.state = new SimState(new Prng(dataset.seed ^ 0x9e3779b9));
    if (!settings.empty) seedState(this.state, dataset);
    this.dataset = { ...dataset, empty: settings.empty ?? false };
  }

  datasetOptions(): DatasetOptions & { empty: boolean } {
    return this.dataset;
  }

  /** What `get_flash_ctf_progress` answers for this user now (404 for an unknown or deleted user). */
  flashProgressJson(synedUserId: string) {
    const user = this.state.requireUser(synedUserId);
    const flashCtfs = this.state
      .flashCtfs(user.synedUserId, this.clock.nowUnix(), this.behaviour.flashCtfVisibility)
      .map(({ event, progress }) => flashEventJson(event, progress));
    return { syned_user_id: user.synedUserId, flash_ctfs: flashCtfs };
  }
}

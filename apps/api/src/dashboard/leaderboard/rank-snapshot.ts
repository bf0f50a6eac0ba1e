import { Division } from '@app/persistence';
import { FieldInputError } from '../../http/field-input.error';
import { KeysetPosition, KeyValue } from '../keyset-cursor';
import { LeaderboardSort } from './leaderboard.query';

/** Challenges solved and their points within one date range. */
export interface RangeFigures {
  challenges: number;
  points: number;
}

/** Date ranges whose figures a snapshot keeps (the default range, and a few the users chose). */
const MAX_RANGES = 8;

/** One competitor of a leaderboard scope with the figures it is ranked and sorted by. */
export interface RankedCompetitor {
  id: string;
  firstName: string;
  lastName: string;
  email: string | null;
  username: string | null;
  division: Division | null;
  coachId: string;
  gamePlatformId: string | null;
  /** Platform totals have been synced for this competitor. */
  synced: boolean;
  challenges: number;
  score: number;
  lastAccessedAt: Date | null;
  rank: number;
  nameKey: string;
}

const names = new Intl.Collator('en', { sensitivity: 'base', numeric: true });
const byId = (a: RankedCompetitor, b: RankedCompetitor) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * Each sort's key and ascending comparison; equal keys fall back to the competitor id, so the order
 * is total and a keyset cursor (key, id) finds its place again. Descending reverses the whole order.
 */
const SORTS: Record<LeaderboardSort, { key: (row: RankedCompetitor) => KeyValue; compare: (a: KeyValue, b: KeyValue) => number }> = {
  // Rank ascending is "most challenges first"; the sort's natural direction (desc) walks it upwards.
  challenges: { key: (row) => -row.rank, compare: (a, b) => Number(a) - Number(b) },
  score: { key: (row) => row.score, compare: (a, b) => Number(a) - Number(b) },
  // Never active sorts below any activity.
  lastActivity: { key: (row) => row.lastAccessedAt?.getTime() ?? -1, compare: (a, b) => Number(a) - Number(b) },
  name: { key: (row) => row.nameKey, compare: (a, b) => names.compare(String(a), String(b)) },
};

/**
 * The ranked competitors of one coach/division scope at one moment, with each sort order built on
 * first use. Rank is competition ranking ("1224") by challenges, then score, over the whole scope.
 */
export class RankSnapshot {
  private readonly orders = new Map<string, RankedCompetitor[]>();
  private readonly ranges = new Map<string, Map<string, RangeFigures>>();

  constructor(
    /** In rank order. */
    readonly rows: RankedCompetitor[],
    readonly lastUpdated: Date | null,
  ) {}

  get synced(): number {
    return this.rows.filter((row) => row.synced).length;
  }

  sorted(sort: LeaderboardSort, descending: boolean): RankedCompetitor[] {
    const name = `${sort}:${descending}`;
    let order = this.orders.get(name);
    if (!order) {
      const { key, compare } = SORTS[sort];
      const ascending = (a: RankedCompetitor, b: RankedCompetitor) => compare(key(a), key(b)) || byId(a, b);
      order = [...this.rows].sort(descending ? (a, b) => ascending(b, a) : ascending);
      this.orders.set(name, order);
    }
    return order;
  }

  /**
   * The in-range figures of `rows`, reading from `load` only those not read before for this range
   * (solves only change with a sync, which makes a new snapshot).
   */
  async rangeFigures(
    range: string,
    rows: RankedCompetitor[],
    load: (rows: RankedCompetitor[]) => Promise<Map<string, RangeFigures>>,
  ): Promise<Map<string, RangeFigures>> {
    let known = this.ranges.get(range);
    if (!known) {
      known = new Map();
      this.ranges.set(range, known);
      if (this.ranges.size > MAX_RANGES) this.ranges.delete(this.ranges.keys().next().value!);
    }
    const missing = rows.filter((row) => !known.has(row.id));
    if (missing.length > 0) for (const [id, figures] of await load(missing)) known.set(id, figures);
    return known;
  }

  /** Index of the first row of `rows` (in `sort` order) strictly after `position`. */
  static startAfter(rows: RankedCompetitor[], sort: LeaderboardSort, descending: boolean, position: KeysetPosition): number {
    const { key, compare } = SORTS[sort];
    const [value] = position.values;
    if (typeof value !== (sort === 'name' ? 'string' : 'number')) {
      throw new FieldInputError('cursor', 'cursor is not valid: use the nextCursor of a previous page');
    }
    const direction = descending ? -1 : 1;
    const isAfter = (row: RankedCompetitor) => direction * (compare(key(row), value) || (row.id < position.id ? -1 : row.id > position.id ? 1 : 0)) > 0;
    let low = 0;
    let high = rows.length;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (isAfter(rows[middle])) high = middle;
      else low = middle + 1;
    }
    return low;
  }

  static keyOf(row: RankedCompetitor, sort: LeaderboardSort): KeyValue {
    return SORTS[sort].key(row);
  }
}

import { ApiProperty } from '@nestjs/swagger';
import { Division, Prisma } from '@app/persistence';
import { competitorScopeSql, DashboardFilter } from './dashboard-filter.query';
import { DAY_MS, utcDayText } from './day-series';
import { lastUpdated } from './last-updated';

type Db = Pick<Prisma.TransactionClient, '$queryRaw'>;

/**
 * Why a read has nothing (or something) to show, so the frontend renders an empty state instead of
 * an error: no competitors in the filter, none synced yet, synced but nothing of this kind yet, or ready.
 */
export const DASHBOARD_STATES = ['no_competitors', 'sync_pending', 'no_solves_yet', 'no_flash_ctf_yet', 'no_teams', 'ready'] as const;
export type DashboardState = (typeof DASHBOARD_STATES)[number];

export class DashboardRangeDto {
  @ApiProperty({ nullable: true, type: String, format: 'uuid', description: 'The coach whose data this is; null = all coaches' })
  coachId!: string | null;

  @ApiProperty({ nullable: true, enum: Object.values(Division) })
  division!: Division | null;

  @ApiProperty({ format: 'date', example: '2026-10-29', description: 'First UTC day' })
  from!: string;

  @ApiProperty({ format: 'date', example: '2026-11-27', description: 'Last UTC day (included)' })
  to!: string;
}

/** What every dashboard answer carries next to its data. */
export abstract class DashboardAnswerDto {
  @ApiProperty({ enum: DASHBOARD_STATES, enumName: 'DashboardState', description: 'ready, or which empty state to show' })
  state!: DashboardState;

  @ApiProperty({
    nullable: true,
    type: String,
    format: 'date-time',
    description: 'When the data shown was last synced from the platform; null before the first sync',
  })
  lastUpdated!: Date | null;

  @ApiProperty({ type: DashboardRangeDto, description: 'The filter the answer is for, after defaults and coach scoping' })
  filter!: DashboardRangeDto;
}

/**
 * The fields of DashboardAnswerDto for `filter`. `hasData` is the read's own "anything to show"
 * check; `emptyState` names what is missing when it is false.
 */
export async function dashboardAnswer(db: Db, filter: DashboardFilter, hasData: boolean, emptyState: DashboardState): Promise<DashboardAnswerDto> {
  const [synced, [scope]] = await Promise.all([
    lastUpdated(db, filter),
    db.$queryRaw<{ any: boolean }[]>`SELECT EXISTS (SELECT 1 FROM competitors c WHERE ${competitorScopeSql(filter)}) AS any`,
  ]);
  const state: DashboardState = hasData ? 'ready' : !scope?.any ? 'no_competitors' : synced === null ? 'sync_pending' : emptyState;
  return {
    state,
    lastUpdated: synced,
    filter: {
      coachId: filter.coachId ?? null,
      division: filter.division ?? null,
      from: utcDayText(filter.from),
      to: utcDayText(new Date(filter.toExclusive.getTime() - DAY_MS)),
    },
  };
}

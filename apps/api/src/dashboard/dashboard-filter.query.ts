import { NotFoundException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsEnum, IsOptional, IsUUID, Matches } from 'class-validator';
import { Division, Prisma } from '@app/persistence';
import { AuthenticatedUser, isAdmin, visibleTo } from '../auth';
import { FieldInputError } from '../http/field-input.error';
import { isSupportedInstant } from '../http/instant';

const DAY_MS = 86_400_000;
export const DEFAULT_RANGE_DAYS = 30;
export const MAX_RANGE_DAYS = 366;
const UTC_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** The filters every dashboard read shares: coach, division and a range of UTC days. */
export class DashboardFilterQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Administrators: one coach (default all). Coaches: omit, or their own id.' })
  @IsOptional()
  @IsUUID('all', { message: 'coachId must be a UUID' })
  coachId?: string;

  @ApiPropertyOptional({ enum: Division, enumName: 'Division' })
  @IsOptional()
  @IsEnum(Division, { message: `division must be one of ${Object.values(Division).join(', ')}` })
  division?: Division;

  @ApiPropertyOptional({ format: 'date', example: '2026-10-29', description: `First UTC day (default: ${DEFAULT_RANGE_DAYS} days before \`to\`)` })
  @IsOptional()
  @Matches(UTC_DAY, { message: 'from must be a date as YYYY-MM-DD' })
  from?: string;

  @ApiPropertyOptional({ format: 'date', example: '2026-11-27', description: 'Last UTC day, included (default: today)' })
  @IsOptional()
  @Matches(UTC_DAY, { message: 'to must be a date as YYYY-MM-DD' })
  to?: string;
}

/** A resolved filter: whose data, which division, and the half-open range [from, toExclusive) of whole UTC days. */
export interface DashboardFilter {
  coachId?: string;
  division?: Division;
  from: Date;
  toExclusive: Date;
  days: number;
}

/**
 * Scopes and checks the shared filters in one place: a coach always reads their own data (another
 * coach's id answers 404, as for every other record); dates are whole UTC days, `from` ≤ `to`, and the
 * range spans at most MAX_RANGE_DAYS.
 */
export function resolveDashboardFilter(user: AuthenticatedUser, query: DashboardFilterQuery, now = new Date()): DashboardFilter {
  if (!isAdmin(user) && query.coachId && query.coachId !== user.id) throw new NotFoundException(`Coach ${query.coachId} was not found`);
  const coachId = visibleTo(user).coachId ?? query.coachId;
  const to = query.to ? parseDay('to', query.to) : startOfUtcDay(now);
  const from = query.from ? parseDay('from', query.from) : new Date(to.getTime() - (DEFAULT_RANGE_DAYS - 1) * DAY_MS);
  if (from > to) throw new FieldInputError('from', 'from must be on or before to');
  const days = Math.round((to.getTime() - from.getTime()) / DAY_MS) + 1;
  if (days > MAX_RANGE_DAYS) throw new FieldInputError('from', `the range from..to may span at most ${MAX_RANGE_DAYS} days`);
  return { coachId, division: query.division, from, toExclusive: new Date(to.getTime() + DAY_MS), days };
}

/** The same-length range just before `filter`'s, for `previous` and `delta` figures. */
export function previousPeriod(filter: DashboardFilter): DashboardFilter {
  const length = filter.toExclusive.getTime() - filter.from.getTime();
  return { ...filter, from: new Date(filter.from.getTime() - length), toExclusive: filter.from };
}

/**
 * The filter's coach and division as a SQL condition on the table aliased `alias` (competitors, or
 * teams: both have coach_id and division), for raw reads: `WHERE ${competitorScopeSql(filter)}`.
 * Always true when neither is set.
 */
export function competitorScopeSql(filter: Pick<DashboardFilter, 'coachId' | 'division'>, alias = 'c'): Prisma.Sql {
  const table = Prisma.raw(alias);
  const coach = filter.coachId ? Prisma.sql`${table}.coach_id = ${filter.coachId}::uuid` : Prisma.sql`true`;
  const division = filter.division ? Prisma.sql`${table}.division = ${filter.division}::division` : Prisma.sql`true`;
  return Prisma.sql`(${coach} AND ${division})`;
}

/**
 * The filter as a condition on a `syned_user_id` column (daily activity, Flash CTF results), so those
 * tables are read without a join: nothing when the filter covers everyone, else the platform ids of
 * the competitors it covers (an index probe per competitor instead of a scan of every row of the range).
 */
export function platformUserScopeSql(filter: Pick<DashboardFilter, 'coachId' | 'division'>, column: string): Prisma.Sql {
  if (!filter.coachId && !filter.division) return Prisma.sql`true`;
  return Prisma.sql`${Prisma.raw(column)} = ANY(ARRAY(
    SELECT c.game_platform_id FROM competitors c WHERE ${competitorScopeSql(filter)} AND c.game_platform_id IS NOT NULL))`;
}

export function startOfUtcDay(at: Date): Date {
  return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));
}

function parseDay(field: string, text: string): Date {
  const day = new Date(`${text}T00:00:00Z`);
  // 2026-02-31 passes the pattern but is not a day: Date rolls it over, so compare back.
  if (Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== text) throw new FieldInputError(field, `${field} is not a calendar day`);
  if (!isSupportedInstant(day)) throw new FieldInputError(field, `${field} must be between 2000-01-01 and 2100-01-01`);
  return day;
}

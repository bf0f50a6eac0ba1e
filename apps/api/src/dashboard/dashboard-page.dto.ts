import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ToNumber } from '@app/common';
import { DashboardFilterQuery } from './dashboard-filter.query';

export const MAX_DASHBOARD_PAGE_SIZE = 100;

/** The shared filters plus cursor pagination: `limit` rows after `cursor` (the previous page's `nextCursor`). */
export class DashboardCursorQuery extends DashboardFilterQuery {
  @ApiPropertyOptional({ description: 'nextCursor of the previous page; omit for the first page' })
  @IsOptional()
  @IsString({ message: 'cursor must be text' })
  @MaxLength(500, { message: 'cursor is not valid: use the nextCursor of a previous page' })
  cursor?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: MAX_DASHBOARD_PAGE_SIZE, default: 50 })
  @IsOptional()
  @ToNumber()
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: `limit must be between 1 and ${MAX_DASHBOARD_PAGE_SIZE}` })
  @Max(MAX_DASHBOARD_PAGE_SIZE, { message: `limit must be between 1 and ${MAX_DASHBOARD_PAGE_SIZE}` })
  limit = 50;
}

export const EMPTY_REASONS = ['no_competitors', 'not_on_platform', 'sync_pending', 'no_solves', 'no_matches'] as const;
export type EmptyReason = (typeof EMPTY_REASONS)[number];

/** Why a read has nothing to show, with a sentence for the empty panel; never an error. */
export class EmptyStateDto {
  @ApiProperty({ enum: EMPTY_REASONS, enumName: 'DashboardEmptyReason' })
  reason!: EmptyReason;

  @ApiProperty({ example: 'No solves yet in this period' })
  message!: string;
}

export class DashboardFreshnessFields {
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'When the data shown was last synced; null before the first sync' })
  lastUpdated!: string | null;

  @ApiProperty({ type: EmptyStateDto, nullable: true, description: 'Set when there is nothing to show, and why' })
  empty!: EmptyStateDto | null;
}

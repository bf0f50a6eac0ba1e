import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsInt, IsOptional, IsString, Min, MaxLength } from 'class-validator';
import { ToNumber } from '@app/common';
import { Trim } from '../../http/text-transforms';
import { DashboardCursorQuery } from '../dashboard-page.dto';

export const LEADERBOARD_SORTS = ['challenges', 'score', 'lastActivity', 'name'] as const;
export type LeaderboardSort = (typeof LEADERBOARD_SORTS)[number];

export class DashboardLeaderboardQuery extends DashboardCursorQuery {
  @ApiPropertyOptional({ description: 'Words matched against first name, last name, email and platform username (case-insensitive); every word must match' })
  @IsOptional()
  @Trim()
  @IsString({ message: 'search must be text' })
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string;

  @ApiPropertyOptional({ enum: LEADERBOARD_SORTS, default: 'challenges', description: '`challenges` is rank order' })
  @IsOptional()
  @IsIn(LEADERBOARD_SORTS, { message: `sort must be one of ${LEADERBOARD_SORTS.join(', ')}` })
  sort: LeaderboardSort = 'challenges';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], description: 'Default: desc (best, most recent first); asc for name' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'order must be asc or desc' })
  order?: 'asc' | 'desc';

  @ApiPropertyOptional({ minimum: 1, description: 'Page number (offset pagination, for jumping); prefer cursor for next pages. Not with cursor.' })
  @IsOptional()
  @ToNumber()
  @IsInt({ message: 'page must be a whole number' })
  @Min(1, { message: 'page starts at 1' })
  page?: number;
}

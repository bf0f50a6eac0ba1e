import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { Trim } from '../../http/text-transforms';
import { DashboardCursorQuery } from '../dashboard-page.dto';

export const SOLVE_SORTS = ['date', 'points'] as const;
export type SolveSort = (typeof SOLVE_SORTS)[number];

export class CompetitorSolvesQuery extends DashboardCursorQuery {
  @ApiPropertyOptional({ description: 'Only solves of this challenge category (exact, as in /categories)' })
  @IsOptional()
  @Trim()
  @IsString({ message: 'category must be text' })
  @MaxLength(100, { message: 'category must be at most 100 characters' })
  category?: string;

  @ApiPropertyOptional({ enum: SOLVE_SORTS, default: 'date', description: 'points: ties by date, then id' })
  @IsOptional()
  @IsIn(SOLVE_SORTS, { message: `sort must be one of ${SOLVE_SORTS.join(', ')}` })
  sort: SolveSort = 'date';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'desc' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'order must be asc or desc' })
  order: 'asc' | 'desc' = 'desc';
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { WholeNumberParam } from '../../http/whole-number.param';
import { DashboardAnswerDto } from '../dashboard-answer';
import { DashboardFilterQuery } from '../dashboard-filter.query';

export const CHART_MODES = ['pace', 'absolute'] as const;
export type ChartMode = (typeof CHART_MODES)[number];
export const CHART_GROUPS = ['competitor', 'team', 'coach'] as const;
export type ChartGroup = (typeof CHART_GROUPS)[number];
export const MAX_CHART_SERIES = 50;

export class FlashCtfChartQuery extends DashboardFilterQuery {
  @ApiPropertyOptional({
    enum: CHART_MODES,
    enumName: 'FlashCtfChartMode',
    default: 'pace',
    description: 'pace: challenges solved, cumulative over the events of the range; absolute: final score per event',
  })
  @IsOptional()
  @IsIn(CHART_MODES, { message: `mode must be one of ${CHART_MODES.join(', ')}` })
  mode: ChartMode = 'pace';

  @ApiPropertyOptional({
    enum: CHART_GROUPS,
    enumName: 'FlashCtfChartGroup',
    default: 'competitor',
    description: 'One series per competitor, per team (its current members) or per coach',
  })
  @IsOptional()
  @IsIn(CHART_GROUPS, { message: `groupBy must be one of ${CHART_GROUPS.join(', ')}` })
  groupBy: ChartGroup = 'competitor';

  @WholeNumberParam('limit', { min: 1, max: MAX_CHART_SERIES, default: 10 }, 'Series shown: the leading ones by the chart value over the range')
  limit = 10;
}

export class FlashCtfEventDto {
  @ApiProperty({ example: 'flash-2026-11' }) eventId!: string;
  @ApiProperty({ example: 'November Flash CTF' }) name!: string;
  @ApiProperty({ type: String, format: 'date-time' }) startedAt!: Date;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) endedAt!: Date | null;
  @ApiProperty({ description: 'Competitors of the filter who solved at least one challenge' }) participants!: number;
}

export class FlashCtfSeriesDto {
  @ApiProperty({ format: 'uuid', description: 'Competitor, team or coach id' }) id!: string;
  @ApiProperty({ example: 'Ada Lovelace' }) name!: string;

  @ApiProperty({
    type: 'array',
    items: { type: 'integer', nullable: true },
    description:
      "One value per event, in `events` order. pace: challenges solved up to and including the event; absolute: the event's score (summed over the group), null when the group did not take part",
  })
  values!: (number | null)[];

  @ApiProperty({ description: 'pace: challenges over the range; absolute: score over the range (what series are ordered by)' })
  total!: number;
}

export class FlashCtfChartDto extends DashboardAnswerDto {
  @ApiProperty({ enum: CHART_MODES, enumName: 'FlashCtfChartMode' }) mode!: ChartMode;
  @ApiProperty({ enum: CHART_GROUPS, enumName: 'FlashCtfChartGroup' }) groupBy!: ChartGroup;
  @ApiProperty({ type: [FlashCtfEventDto], description: 'Flash CTF events that started in the range, oldest first' }) events!: FlashCtfEventDto[];
  @ApiProperty({ type: [FlashCtfSeriesDto] }) series!: FlashCtfSeriesDto[];
  @ApiProperty({ description: 'Groups with results in the range (series holds the first `limit`)' }) totalSeries!: number;
}

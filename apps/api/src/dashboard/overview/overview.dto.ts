import { ApiProperty } from '@nestjs/swagger';
import { DashboardAnswerDto } from '../dashboard-answer';

export class SparklinePointDto {
  @ApiProperty({ format: 'date', example: '2026-11-27' })
  day!: string;

  @ApiProperty({ example: 12 })
  value!: number;
}

export class KpiCardDto {
  @ApiProperty({ description: 'The figure for the range (see docs/dashboard.md for what each card counts)', example: 42 })
  value!: number;

  @ApiProperty({ description: 'The same figure for the same-length period just before the range', example: 35 })
  previous!: number;

  @ApiProperty({ description: 'value - previous', example: 7 })
  delta!: number;

  @ApiProperty({ nullable: true, type: Number, description: 'delta as a percentage of previous, one decimal; null when previous is 0', example: 20 })
  deltaPct!: number | null;

  @ApiProperty({ type: [SparklinePointDto], description: 'One point per UTC day of the range' })
  sparkline!: SparklinePointDto[];
}

export class OverviewKpisDto {
  @ApiProperty({ type: KpiCardDto }) activeOnPlatform!: KpiCardDto;
  @ApiProperty({ type: KpiCardDto }) registeredCompetitors!: KpiCardDto;
  @ApiProperty({ type: KpiCardDto }) teamEnrollment!: KpiCardDto;
  @ApiProperty({ type: KpiCardDto }) totalChallengesSolved!: KpiCardDto;
  @ApiProperty({ type: KpiCardDto }) monthlyCtfParticipation!: KpiCardDto;
}

export class DashboardOverviewDto extends DashboardAnswerDto {
  @ApiProperty({ type: OverviewKpisDto, description: 'The five KPI cards' })
  kpis!: OverviewKpisDto;
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { CompetitorResultView, PendingSyncView, RunSuccessRateView, SyncErrorView, SyncRunView, TierFreshnessView } from '../../sync/sync-read.dto';

export class RecentQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 720, default: 24, description: 'Look-back window in hours' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'hours must be a whole number' })
  @Min(1, { message: 'hours must be at least 1' })
  @Max(720, { message: 'hours is at most 720 (30 days)' })
  hours = 24;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(500, { message: 'limit is at most 500' })
  limit = 50;
}

export class SuccessRatesView {
  @ApiProperty({ type: RunSuccessRateView }) last24h!: RunSuccessRateView;
  @ApiProperty({ type: RunSuccessRateView }) last7d!: RunSuccessRateView;
}

export class SyncOverviewView {
  @ApiProperty({ type: [SyncRunView], description: 'The 10 latest runs, newest first' }) lastRuns!: SyncRunView[];
  @ApiProperty({ type: SuccessRatesView }) successRate!: SuccessRatesView;
  @ApiProperty({ type: [CompetitorResultView] }) competitorResults7d!: CompetitorResultView[];
  @ApiProperty({ type: PendingSyncView }) pending!: PendingSyncView;
  @ApiProperty({ type: [SyncErrorView], description: 'Up to 20 errors of the last 24 h' }) recentErrors!: SyncErrorView[];
  @ApiProperty({ type: [TierFreshnessView] }) freshnessLag!: TierFreshnessView[];
}

export class SyncSuccessRateView {
  @ApiProperty({ type: RunSuccessRateView }) runs!: RunSuccessRateView;
  @ApiProperty({ type: [CompetitorResultView] }) competitors!: CompetitorResultView[];
}

import { ApiProperty } from '@nestjs/swagger';
import { Division } from '@app/persistence';
import { DashboardFreshnessFields } from '../dashboard-page.dto';

export const SCORE_SYNC_STATES = ['synced', 'pending', 'not_on_platform'] as const;
export type ScoreSyncState = (typeof SCORE_SYNC_STATES)[number];

export class LeaderboardRowDto {
  @ApiProperty({ description: 'Competition rank ("1224") by challenges, then score; equal totals share a rank' })
  rank!: number;
  @ApiProperty({ format: 'uuid' }) competitorId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Platform username' }) username!: string | null;
  @ApiProperty({ enum: Object.values(Division), nullable: true }) division!: Division | null;
  @ApiProperty({ format: 'uuid' }) coachId!: string;
  @ApiProperty({ description: 'Challenges completed, all time (platform totals)' }) challenges!: number;
  @ApiProperty({ description: 'Total score, all time (platform totals)' }) score!: number;
  @ApiProperty({ description: 'Challenges solved within from..to' }) challengesInRange!: number;
  @ApiProperty({ description: 'Points of the challenges solved within from..to' }) pointsInRange!: number;
  @ApiProperty({ type: String, format: 'date-time', nullable: true, description: 'Last time the competitor used the platform' })
  lastActivityAt!: string | null;
  @ApiProperty({ enum: SCORE_SYNC_STATES, enumName: 'LeaderboardScoreSyncState', description: 'pending: on the platform, totals not synced yet' })
  scoreSync!: ScoreSyncState;
}

export class LeaderboardDto extends DashboardFreshnessFields {
  @ApiProperty({ type: [LeaderboardRowDto] }) items!: LeaderboardRowDto[];
  @ApiProperty({ description: 'Competitors matching the filters and search' }) total!: number;
  @ApiProperty({ type: String, nullable: true, description: 'Pass as cursor for the next page; null on the last page' })
  nextCursor!: string | null;
}

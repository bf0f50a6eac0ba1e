import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { DashboardAnswerDto } from '../dashboard-answer';
import { DashboardFilterQuery } from '../dashboard-filter.query';

export const TIMELINE_BUCKETS = ['day', 'week'] as const;
export type TimelineBucket = (typeof TIMELINE_BUCKETS)[number];

export class TimelineQuery extends DashboardFilterQuery {
  @ApiPropertyOptional({
    enum: TIMELINE_BUCKETS,
    enumName: 'TimelineBucket',
    default: 'day',
    description: 'day: one point per UTC day; week: per ISO week (Monday to Sunday)',
  })
  @IsOptional()
  @IsIn(TIMELINE_BUCKETS, { message: `bucket must be one of ${TIMELINE_BUCKETS.join(', ')}` })
  bucket: TimelineBucket = 'day';
}

export class TimelinePointDto {
  @ApiProperty({ format: 'date', example: '2026-11-23', description: 'First day of the bucket (a Monday for weeks)' }) start!: string;
  @ApiProperty({ description: 'Days of the range in the bucket (a week cut by the range edge has fewer than 7)' }) days!: number;
  @ApiProperty({ description: 'Competitors registered' }) registrations!: number;
  @ApiProperty({ description: 'Competitors who got their Game Platform account' }) onboardings!: number;
  @ApiProperty({ description: 'Team edits: created, details changed, members added, removed or moved, deleted' }) teamEdits!: number;
  @ApiProperty({ description: 'Challenges solved' }) challengeSolves!: number;
  @ApiProperty({ description: 'Competitors on a challenge streak: a solve on a day of the bucket and on the day before' }) competitorsOnStreak!: number;
  @ApiProperty({ description: 'Competitors who solved a challenge of a Flash CTF event that started in the bucket' }) flashCtfParticipants!: number;
}

export class TimelineDto extends DashboardAnswerDto {
  @ApiProperty({ enum: TIMELINE_BUCKETS, enumName: 'TimelineBucket' }) bucket!: TimelineBucket;
  @ApiProperty({ type: [TimelinePointDto], description: 'Every bucket of the range, oldest first, zeros included' }) points!: TimelinePointDto[];
}

import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString } from 'class-validator';
import { WholeNumberParam } from '../../http/whole-number.param';
import { DashboardAnswerDto } from '../dashboard-answer';
import { DashboardFilterQuery } from '../dashboard-filter.query';

export const ACTIVITY_KINDS = ['competitor_registered', 'competitor_onboarded', 'onboarding_failed', 'team_edited', 'score_sync_failed', 'sync_run'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
export const MAX_ACTIVITY_PAGE = 100;

export class ActivityLogQuery extends DashboardFilterQuery {
  @ApiPropertyOptional({ description: '`nextCursor` of the previous page; omit for the newest events' })
  @IsOptional()
  @IsString({ message: 'cursor must be a string' })
  cursor?: string;

  @WholeNumberParam('limit', { min: 1, max: MAX_ACTIVITY_PAGE, default: 50 }, 'Events per page')
  limit = 50;
}

export class ActivityRefDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
}

export class ActivityEventDto {
  @ApiProperty({ description: 'Stable id of the event (kind-prefixed)', example: 'registered:5d1c1a4e-3b7f-4d9a-9a43-1c2f1f0e8a11' }) id!: string;
  @ApiProperty({ enum: ACTIVITY_KINDS, enumName: 'ActivityKind' }) kind!: ActivityKind;
  @ApiProperty({ type: String, format: 'date-time' }) at!: Date;
  @ApiProperty({ description: 'What happened, for people (failures: what to do)' }) message!: string;
  @ApiProperty({ type: ActivityRefDto, nullable: true, description: 'The competitor it concerns' }) competitor!: ActivityRefDto | null;
  @ApiProperty({ type: ActivityRefDto, nullable: true, description: 'The team it concerns' }) team!: ActivityRefDto | null;
}

export class ActivityLogDto extends DashboardAnswerDto {
  @ApiProperty({ type: [ActivityEventDto], description: 'Newest first' }) items!: ActivityEventDto[];
  @ApiProperty({ nullable: true, type: String, description: 'Pass as `cursor` for the next page; null on the last page' }) nextCursor!: string | null;
}

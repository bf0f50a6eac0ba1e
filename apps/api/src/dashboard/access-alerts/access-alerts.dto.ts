import { ApiProperty } from '@nestjs/swagger';
import { MembershipRemoteState } from '@app/persistence';
import { WholeNumberParam } from '../../http/whole-number.param';
import { DashboardAnswerDto } from '../dashboard-answer';
import { DashboardFilterQuery } from '../dashboard-filter.query';

export const MAX_ALERT_ITEMS = 200;

export class AccessAlertsQuery extends DashboardFilterQuery {
  @WholeNumberParam(
    'inactiveDays',
    { min: 1, max: 365, default: 14 },
    'A login is inactive when the last platform access is older than this many days (or never happened)',
  )
  inactiveDays = 14;

  @WholeNumberParam('limit', { min: 1, max: MAX_ALERT_ITEMS, default: 50 }, 'Items per list (each list also gives its total)')
  limit = 50;
}

export class AlertCompetitorDto {
  @ApiProperty({ format: 'uuid' }) competitorId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ format: 'uuid' }) coachId!: string;
}

export class CompetitorProblemDto extends AlertCompetitorDto {
  @ApiProperty({ description: 'What went wrong and what to do, for a coach' }) message!: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'When it last failed' }) since!: Date | null;
}

export class InactiveLoginDto extends AlertCompetitorDto {
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Last platform access; null = never' }) lastAccessAt!: Date | null;
  @ApiProperty({ nullable: true, type: Number, description: 'Whole days since then; null = never' }) daysInactive!: number | null;
  @ApiProperty({ description: 'What to do, for a coach' }) message!: string;
}

export class PendingMembershipDto extends AlertCompetitorDto {
  @ApiProperty({ format: 'uuid' }) teamId!: string;
  @ApiProperty() teamName!: string;
  @ApiProperty({ enum: [MembershipRemoteState.pending, MembershipRemoteState.error], enumName: 'PendingMembershipState' }) state!: MembershipRemoteState;
  @ApiProperty({ type: String, format: 'date-time', description: 'Since when (last change of the membership)' }) since!: Date;
  @ApiProperty({ description: 'What is happening and what to do, for a coach' }) message!: string;
}

export class CompetitorProblemListDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [CompetitorProblemDto] }) items!: CompetitorProblemDto[];
}

export class InactiveLoginListDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [InactiveLoginDto], description: 'Never accessed first, then the longest inactive' }) items!: InactiveLoginDto[];
}

export class PendingMembershipListDto {
  @ApiProperty() total!: number;
  @ApiProperty({ type: [PendingMembershipDto], description: 'Oldest first' }) items!: PendingMembershipDto[];
}

export class AccessAlertsDto extends DashboardAnswerDto {
  @ApiProperty({ type: CompetitorProblemListDto, description: 'Competitors whose Game Platform onboarding failed' })
  onboardingProblems!: CompetitorProblemListDto;
  @ApiProperty({ type: CompetitorProblemListDto, description: 'Competitors whose last score sync failed' }) scoreSyncProblems!: CompetitorProblemListDto;
  @ApiProperty({ type: InactiveLoginListDto, description: 'Onboarded competitors with no platform access for inactiveDays, or never' })
  inactiveLogins!: InactiveLoginListDto;
  @ApiProperty({ type: PendingMembershipListDto, description: 'Team memberships not (yet) on the platform' }) pendingMemberships!: PendingMembershipListDto;
  @ApiProperty({ description: 'The inactivity threshold applied, in days' }) inactiveDays!: number;
}

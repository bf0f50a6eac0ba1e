import { ApiProperty } from '@nestjs/swagger';
import { Division, MembershipRemoteState } from '@app/persistence';
import { DashboardAnswerDto } from '../dashboard-answer';

export const TEAM_REMOTE_STATES = ['synced', 'pending', 'error'] as const;
export type TeamRemoteState = (typeof TEAM_REMOTE_STATES)[number];

export class TeamTileDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Object.values(Division), enumName: 'Division' }) division!: Division;
  @ApiProperty({ format: 'uuid' }) coachId!: string;
  @ApiProperty({ description: 'Members now' }) members!: number;
  @ApiProperty({ description: 'Members with a Game Platform account' }) onboardedMembers!: number;
  @ApiProperty({ nullable: true, type: Number, description: 'Mean total score of the members (no score yet counts as 0), one decimal; null without members' })
  averageScore!: number | null;
  @ApiProperty({ description: "Challenges the members solved, all time (the platform's totals)" }) challengesAllTime!: number;
  @ApiProperty({ description: 'Challenges the members solved in the range' }) challengesInRange!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Last time the whole roster was confirmed on the platform' })
  lastSync!: Date | null;
  @ApiProperty({
    enum: TEAM_REMOTE_STATES,
    enumName: 'TeamRemoteState',
    description: 'error: the team or a member failed to sync; pending: not on the platform yet, or a member is waiting; synced otherwise',
  })
  remoteState!: TeamRemoteState;
  @ApiProperty({ nullable: true, type: String, description: 'Why the last team sync failed, in words a coach can act on' })
  syncError!: string | null;
}

export class TeamsMatrixDto extends DashboardAnswerDto {
  @ApiProperty({ type: [TeamTileDto], description: 'Teams of the filter (division: the team division), by name' })
  teams!: TeamTileDto[];
}

export class TeamDrawerMemberDto {
  @ApiProperty({ format: 'uuid' }) competitorId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ description: 'Whether the competitor has a Game Platform account' }) onGamePlatform!: boolean;
  @ApiProperty({ description: 'Total score (latest totals sweep)' }) score!: number;
  @ApiProperty({ description: 'Challenges solved, all time (latest totals sweep)' }) challenges!: number;
  @ApiProperty({ description: 'Challenges solved in the range' }) challengesInRange!: number;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: 'Latest platform access or solve' }) lastActivity!: Date | null;
  @ApiProperty({ enum: Object.values(MembershipRemoteState), enumName: 'MembershipRemoteState', description: 'Membership badge: synced, pending or error' })
  membership!: MembershipRemoteState;
  @ApiProperty({ nullable: true, type: String, description: 'Why the membership is in error' }) membershipError!: string | null;
}

export class TeamDrawerDto extends DashboardAnswerDto {
  @ApiProperty({ type: TeamTileDto }) team!: TeamTileDto;
  @ApiProperty({ type: [TeamDrawerMemberDto], description: 'Members, highest score first' }) members!: TeamDrawerMemberDto[];
}

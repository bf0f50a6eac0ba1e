import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Division, MembershipRemoteState } from '@app/persistence';
import { TEAM_METADATA_FIELDS, TeamMetadataField } from '@app/game-platform';

export class RemoteMetadataDto {
  @ApiProperty({ type: String, nullable: true }) name!: string | null;
  @ApiProperty({ enum: Object.values(Division), nullable: true }) division!: Division | null;
  @ApiProperty({ type: String, nullable: true }) affiliation!: string | null;
}

export class MetadataNotPropagatedDto {
  @ApiProperty({ enum: TEAM_METADATA_FIELDS, isArray: true, description: 'Fields changed locally that the platform still has with their creation value' })
  fields!: TeamMetadataField[];

  @ApiProperty({ type: RemoteMetadataDto, description: 'What the platform has' })
  remote!: RemoteMetadataDto;

  @ApiProperty({ example: 'The Game Platform cannot update a team after creating it: name changed here only (the platform keeps "Old name")' })
  message!: string;
}

export class TeamGamePlatformDto {
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'syned_team_id on the platform; null until the first sync creates the team' })
  synedTeamId!: string | null;

  @ApiProperty({ type: Number, nullable: true }) metactfTeamId!: number | null;
  @ApiProperty({ type: Number, nullable: true }) metactfCoachId!: number | null;

  @ApiProperty({ type: Date, nullable: true, description: 'Last time the whole roster was confirmed on the platform' })
  syncedAt!: Date | null;

  @ApiProperty({ type: String, nullable: true, description: 'Why the last sync did not complete, in words a coach can act on' })
  syncError!: string | null;

  @ApiProperty({ type: MetadataNotPropagatedDto, nullable: true, description: 'Local name/division/affiliation changes the platform could not take' })
  metadataNotPropagated!: MetadataNotPropagatedDto | null;
}

export class TeamSyncAvailabilityDto {
  @ApiProperty({ description: "Whether this team's changes are pushed to the game platform" })
  enabled!: boolean;

  @ApiPropertyOptional({ description: 'Why changes stay local (integration switched off, coach outside the rollout)' })
  reason?: string;
}

export class MemberRemoteStatusDto {
  @ApiProperty({ enum: Object.values(MembershipRemoteState), enumName: 'MembershipRemoteState', description: 'Badge: synced, pending or error' })
  state!: MembershipRemoteState;

  @ApiProperty({ type: String, nullable: true, description: 'Why the member is pending or in error' })
  message!: string | null;

  @ApiProperty({ type: Date, nullable: true, description: 'Last time the platform was seen to have the member on this team' })
  syncedAt!: Date | null;
}

export class TeamMemberDto {
  @ApiProperty({ format: 'uuid' }) competitorId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ description: 'Whether the competitor has a game platform account (only those can be synced)' }) onGamePlatform!: boolean;
  @ApiProperty({ type: MemberRemoteStatusDto }) remote!: MemberRemoteStatusDto;
  @ApiProperty() addedAt!: Date;
}

export class TeamSummaryDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: Object.values(Division), enumName: 'Division' }) division!: Division;
  @ApiProperty() affiliation!: string;
  @ApiProperty({ format: 'uuid' }) coachId!: string;
  @ApiProperty() memberCount!: number;
  @ApiProperty({ type: TeamGamePlatformDto }) gamePlatform!: TeamGamePlatformDto;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class TeamDetailDto extends TeamSummaryDto {
  @ApiProperty({ type: [TeamMemberDto] }) members!: TeamMemberDto[];
  @ApiProperty({ type: TeamSyncAvailabilityDto }) sync!: TeamSyncAvailabilityDto;
}

export class TeamPageDto {
  @ApiProperty({ type: [TeamSummaryDto] }) items!: TeamSummaryDto[];
  @ApiProperty() total!: number;
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Pass as cursor for the next page (keyset); null on the last page' })
  nextCursor!: string | null;
}

/** A team sync job was enqueued. */
export class TeamSyncAcceptedDto {
  @ApiProperty({ description: 'Queue job id (the same while a sync of this team is pending)' }) jobId!: string;
  @ApiProperty({ enum: ['pending'] }) state!: 'pending';
}

export class RemoteDeleteDto {
  @ApiProperty({
    enum: ['pending', 'waiting_for_integration', 'not_needed'],
    description:
      'pending: a job deletes the team on the platform; waiting_for_integration: that job is parked until the integration is available for the coach again; not_needed: it never existed there',
  })
  state!: 'pending' | 'waiting_for_integration' | 'not_needed';

  @ApiPropertyOptional() jobId?: string;
  @ApiPropertyOptional() reason?: string;
}

export class TeamDeletedDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: [true] }) deleted!: true;
  @ApiProperty({ type: RemoteDeleteDto }) remoteDelete!: RemoteDeleteDto;
}

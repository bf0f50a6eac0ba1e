import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsEnum, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength, ValidateIf } from 'class-validator';
import { ToBoolean } from '@app/common';
import { CompetitorStatus, Division } from '@app/persistence';
import { CursorPageQuery } from '../http/page.query';
import { LowerTrim, Trim } from '../http/text-transforms';

/** Optional on create, and `null` clears the field on update. */
const Clearable = () => ValidateIf((_object, value) => value !== undefined && value !== null);

const DIVISIONS = Object.values(Division);
const STATUSES = Object.values(CompetitorStatus);

function NameField(field: string, example: string, required: boolean) {
  return applyDecorators(
    required ? ApiProperty({ example, maxLength: 100 }) : ApiPropertyOptional({ example, maxLength: 100 }),
    ...(required ? [] : [IsOptional()]),
    Trim(),
    IsString({ message: `${field} must be text` }),
    IsNotEmpty({ message: `${field} must not be empty` }),
    MaxLength(100, { message: `${field} must be at most 100 characters` }),
  );
}

/** Profile fields shared by create and update. */
class CompetitorProfileFields {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'ada@student.example.org', description: 'Unique across the organisation; stored lower-case' })
  @Clearable()
  @LowerTrim()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254, { message: 'email must be at most 254 characters' })
  email?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'school-042' })
  @Clearable()
  @Trim()
  @IsString({ message: 'schoolId must be text' })
  @IsNotEmpty({ message: 'schoolId must not be empty (send null to clear it)' })
  @MaxLength(100, { message: 'schoolId must be at most 100 characters' })
  schoolId?: string | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: 'region-7' })
  @Clearable()
  @Trim()
  @IsString({ message: 'regionId must be text' })
  @IsNotEmpty({ message: 'regionId must not be empty (send null to clear it)' })
  @MaxLength(100, { message: 'regionId must be at most 100 characters' })
  regionId?: string | null;

  @ApiPropertyOptional({ enum: DIVISIONS, nullable: true })
  @Clearable()
  @IsEnum(Division, { message: `division must be one of: ${DIVISIONS.join(', ')}` })
  division?: Division | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '10' })
  @Clearable()
  @Trim()
  @IsString({ message: 'grade must be text' })
  @MaxLength(20, { message: 'grade must be at most 20 characters' })
  grade?: string | null;

  @ApiPropertyOptional({ format: 'uuid', description: 'Admins only: the owning coach. Coaches always own what they create.' })
  @IsOptional()
  @IsUUID('all', { message: 'coachId must be a coach id (UUID)' })
  coachId?: string;
}

export class CreateCompetitorDto extends CompetitorProfileFields {
  @NameField('firstName', 'Ada', true)
  firstName!: string;

  @NameField('lastName', 'Lovelace', true)
  lastName!: string;
}

export class UpdateCompetitorDto extends CompetitorProfileFields {
  @NameField('firstName', 'Ada', false)
  firstName?: string;

  @NameField('lastName', 'Lovelace', false)
  lastName?: string;
}

export const COMPETITOR_SORT_FIELDS = ['createdAt', 'updatedAt', 'lastName', 'firstName', 'email', 'status'] as const;
export type CompetitorSortField = (typeof COMPETITOR_SORT_FIELDS)[number];

export class ListCompetitorsQuery extends CursorPageQuery {
  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsEnum(CompetitorStatus, { message: `status must be one of: ${STATUSES.join(', ')}` })
  status?: CompetitorStatus;

  @ApiPropertyOptional({ format: 'uuid', description: "Admins: one coach's competitors (coaches only ever see their own)" })
  @IsOptional()
  @IsUUID('all', { message: 'coachId must be a UUID' })
  coachId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID('all', { message: 'teamId must be a UUID' })
  teamId?: string;

  @ApiPropertyOptional({ type: Boolean, description: 'true: only competitors whose last game platform action failed; false: only those without' })
  @IsOptional()
  @ToBoolean()
  @IsIn([true, false], { message: 'hasSyncError must be true or false' })
  hasSyncError?: boolean;

  @ApiPropertyOptional({ description: 'Matches first name, last name, email or platform username (case-insensitive); every word must match' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(200, { message: 'search must be at most 200 characters' })
  search?: string;

  @ApiPropertyOptional({ enum: COMPETITOR_SORT_FIELDS, default: 'createdAt' })
  @IsOptional()
  @IsIn(COMPETITOR_SORT_FIELDS, { message: `sort must be one of: ${COMPETITOR_SORT_FIELDS.join(', ')}` })
  sort: CompetitorSortField = 'createdAt';

  @ApiPropertyOptional({ enum: ['asc', 'desc'], default: 'asc' })
  @IsOptional()
  @IsIn(['asc', 'desc'], { message: 'order must be asc or desc' })
  order: 'asc' | 'desc' = 'asc';
}

export const PLATFORM_ACCOUNT_STATES = ['not_linked', 'linked', 'missing_on_platform'] as const;
export type PlatformAccountState = (typeof PLATFORM_ACCOUNT_STATES)[number];

export const SCORE_SYNC_STATES = ['not_on_platform', 'never', 'success', 'failure'] as const;

/** The last score sync of the competitor's platform account (solves and totals), beside the onboarding state. */
export class CompetitorScoreSyncFields {
  @ApiProperty({
    enum: SCORE_SYNC_STATES,
    enumName: 'CompetitorScoreSyncState',
    description: 'Result of the last score sync; never: on the platform, not synced yet',
  })
  state!: (typeof SCORE_SYNC_STATES)[number];
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'When the last score sync of this competitor ran' })
  lastAttemptAt!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Why the last score sync failed' })
  message!: string | null;
}

export class CompetitorGamePlatformFields {
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Remote syned_user_id; set exactly when status is complete' })
  id!: string | null;
  @ApiProperty({ type: Number, nullable: true }) metactfUserId!: number | null;
  @ApiProperty({ type: String, nullable: true }) username!: string | null;
  @ApiProperty({ type: String, nullable: true }) userStatus!: string | null;
  @ApiProperty({ type: String, nullable: true, description: 'Actionable message of the last failed game platform action' })
  syncError!: string | null;
  @ApiProperty({
    type: String,
    nullable: true,
    format: 'date-time',
    description: 'When onboarding last changed the platform account (not the score sync: see scoreSync)',
  })
  syncedAt!: string | null;
  @ApiProperty({
    enum: PLATFORM_ACCOUNT_STATES,
    description:
      'missing_on_platform: the platform answered 404 to repeated reads (the account is gone); stored solves are kept; an admin re-links it with POST /competitors/{id}/game-platform/relink',
  })
  accountState!: PlatformAccountState;
  @ApiProperty({ type: String, nullable: true, format: 'date-time', description: 'Since when the platform account is missing' })
  missingSince!: string | null;
  @ApiProperty({ type: CompetitorScoreSyncFields }) scoreSync!: CompetitorScoreSyncFields;
}

export class CompetitorView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) coachId!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ type: String, nullable: true }) email!: string | null;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ type: String, nullable: true }) regionId!: string | null;
  @ApiProperty({ enum: DIVISIONS, nullable: true }) division!: Division | null;
  @ApiProperty({ type: String, nullable: true }) grade!: string | null;
  @ApiProperty({ enum: STATUSES, description: 'Computed from the data: pending -> profile -> compliance -> complete' })
  status!: CompetitorStatus;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) complianceConfirmedAt!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid' }) teamId!: string | null;
  @ApiProperty({ type: CompetitorGamePlatformFields }) gamePlatform!: CompetitorGamePlatformFields;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CompetitorPage {
  @ApiProperty({ type: [CompetitorView] }) items!: CompetitorView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty({ description: 'Matching competitors across all pages' }) total!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Pass as cursor for the next page (keyset); null on the last page' })
  nextCursor!: string | null;
}

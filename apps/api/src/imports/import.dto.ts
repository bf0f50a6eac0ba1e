import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsArray, IsBoolean, IsEmail, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Division } from '@app/persistence';
import { ToBoolean } from '@app/common';

export const IMPORT_KINDS = ['coaches', 'competitors', 'teams'] as const;
export type ImportKind = (typeof IMPORT_KINDS)[number];

const lower = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim().toLowerCase() : value);

class PersonRow {
  @ApiProperty() @Transform(lower) @IsEmail({}, { message: 'email must be an email address' }) email!: string;
  @ApiProperty() @IsString() @IsNotEmpty({ message: 'firstName must not be empty' }) @MaxLength(100) firstName!: string;
  @ApiProperty() @IsString() @IsNotEmpty({ message: 'lastName must not be empty' }) @MaxLength(100) lastName!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'syned_user_id on the platform: verified by a job before it is used' })
  @IsOptional()
  @IsUUID('all', { message: 'gamePlatformId must be a UUID' })
  gamePlatformId?: string;
}

export class CoachImportRow extends PersonRow {}

export class CompetitorImportRow extends PersonRow {
  @ApiProperty({ description: "Email of the competitor's coach (imported before, or in the coaches import)" })
  @Transform(lower)
  @IsEmail({}, { message: 'coachEmail must be an email address' })
  coachEmail!: string;
  @ApiPropertyOptional({ enum: Division })
  @IsOptional()
  @IsIn(Object.values(Division), { message: `division must be one of ${Object.values(Division).join(', ')}` })
  division?: Division;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(20) grade?: string;
}

export class TeamImportRow {
  @ApiProperty() @IsString() @IsNotEmpty({ message: 'name must not be empty' }) @MaxLength(100) name!: string;
  @ApiProperty() @Transform(lower) @IsEmail({}, { message: 'coachEmail must be an email address' }) coachEmail!: string;
  @ApiProperty({ enum: Division })
  @IsIn(Object.values(Division), { message: `division must be one of ${Object.values(Division).join(', ')}` })
  division!: Division;
  @ApiProperty() @IsString() @IsNotEmpty({ message: 'affiliation must not be empty' }) @MaxLength(200) affiliation!: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'syned_team_id on the platform: verified by a job before it is used' })
  @IsOptional()
  @IsUUID('all', { message: 'gamePlatformId must be a UUID' })
  gamePlatformId?: string;
}

export class ImportQuery {
  @ApiPropertyOptional({ default: false, description: 'Report what would happen without writing anything' })
  @IsOptional()
  @ToBoolean()
  @IsBoolean({ message: 'dryRun must be true or false' })
  dryRun = false;
}

export class ImportKindParam {
  @ApiProperty({ enum: IMPORT_KINDS })
  @IsIn(IMPORT_KINDS, { message: `kind must be one of ${IMPORT_KINDS.join(', ')}` })
  kind!: ImportKind;
}

export class ImportJsonBody {
  @ApiProperty({ type: 'array', items: { type: 'object' }, description: 'Rows with the fields of the kind (CSV: the same names as header columns)' })
  @IsArray({ message: 'rows must be an array' })
  rows!: Record<string, unknown>[];
}

export class ImportRowResult {
  @ApiProperty({ description: '1-based row number (CSV: data row, header excluded)' }) row!: number;
  @ApiProperty({ enum: ['created', 'updated', 'unchanged', 'error'] }) outcome!: 'created' | 'updated' | 'unchanged' | 'error';
  @ApiPropertyOptional({ format: 'uuid' }) id?: string;
  @ApiPropertyOptional({
    enum: ['pending_verification', 'linked', 'rejected'],
    description: 'pending_verification: the platform id is checked by a job before it is written; rejected: an earlier check refused it (see errors)',
  })
  platformId?: 'pending_verification' | 'linked' | 'rejected';
  @ApiPropertyOptional({ type: [String] }) errors?: string[];
}

export class ImportReport {
  @ApiProperty({ enum: IMPORT_KINDS }) kind!: ImportKind;
  @ApiProperty() dryRun!: boolean;
  @ApiProperty({ description: 'Rows by outcome' }) counts!: Record<string, number>;
  @ApiProperty({ type: [ImportRowResult] }) rows!: ImportRowResult[];
}

export const CLAIM_STATES = ['pending', 'verified', 'rejected'] as const;

export class ClaimListQuery {
  @ApiPropertyOptional({ enum: CLAIM_STATES, description: 'All states when omitted' })
  @IsOptional()
  @IsIn(CLAIM_STATES, { message: `state must be one of ${CLAIM_STATES.join(', ')}` })
  state?: (typeof CLAIM_STATES)[number];
}

export class PlatformIdClaimView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: ['coach', 'competitor', 'team'] }) entity!: string;
  @ApiProperty({ format: 'uuid' }) localId!: string;
  @ApiProperty({ format: 'uuid' }) platformId!: string;
  @ApiProperty({ enum: CLAIM_STATES }) state!: string;
  @ApiProperty({ type: String, nullable: true, description: 'Why the platform id was refused' }) error!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) checkedAt!: string | null;
}

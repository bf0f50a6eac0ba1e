import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsEmail, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import type { Coach } from '@app/persistence';
import { CursorPageQuery } from '../http/page.query';
import { LowerTrim, Trim } from '../http/text-transforms';

export class CreateCoachDto {
  @ApiPropertyOptional({ format: 'uuid', description: "The coach's user id at the identity provider (the JWT `sub`); generated when omitted" })
  @IsOptional()
  @IsUUID('all', { message: 'id must be a UUID (the user id of the coach at the identity provider)' })
  id?: string;

  @ApiProperty({ example: 'coach@school.example.org' })
  @LowerTrim()
  @IsEmail({}, { message: 'email must be a valid email address' })
  @MaxLength(254)
  email!: string;

  @ApiProperty({ example: 'Grace' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'firstName must not be empty' })
  @MaxLength(100)
  firstName!: string;

  @ApiProperty({ example: 'Hopper' })
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'lastName must not be empty' })
  @MaxLength(100)
  lastName!: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'schoolId must not be empty when given' })
  @MaxLength(100)
  schoolId?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Trim()
  @IsString()
  @IsNotEmpty({ message: 'regionId must not be empty when given' })
  @MaxLength(100)
  regionId?: string;
}

export class ListCoachesQuery extends CursorPageQuery {}

export class CoachView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() email!: string;
  @ApiProperty() firstName!: string;
  @ApiProperty() lastName!: string;
  @ApiProperty({ type: String, nullable: true }) schoolId!: string | null;
  @ApiProperty({ type: String, nullable: true }) regionId!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Set once the coach exists on the Game Platform' })
  gamePlatformId!: string | null;
  @ApiProperty({ type: String, nullable: true }) gamePlatformSyncError!: string | null;
  @ApiProperty({ type: String, nullable: true, format: 'date-time' }) gamePlatformSyncedAt!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(coach: Coach): CoachView {
    return {
      id: coach.id,
      email: coach.email,
      firstName: coach.firstName,
      lastName: coach.lastName,
      schoolId: coach.schoolId,
      regionId: coach.regionId,
      gamePlatformId: coach.gamePlatformId,
      gamePlatformSyncError: coach.gamePlatformSyncError,
      gamePlatformSyncedAt: coach.gamePlatformSyncedAt?.toISOString() ?? null,
      createdAt: coach.createdAt.toISOString(),
    };
  }
}

export class CoachPage {
  @ApiProperty({ type: [CoachView] }) items!: CoachView[];
  @ApiProperty() page!: number;
  @ApiProperty() pageSize!: number;
  @ApiProperty() total!: number;
  @ApiProperty({ type: String, nullable: true, format: 'uuid', description: 'Pass as cursor for the next page (keyset); null on the last page' })
  nextCursor!: string | null;
}

import { ApiProperty, ApiPropertyOptional, OmitType, PartialType } from '@nestjs/swagger';
import { IsEnum, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { Division } from '@app/persistence';
import { Trim } from '../../http/text-transforms';

const DIVISIONS = Object.values(Division);

export class CreateTeamDto {
  @ApiProperty({ minLength: 1, maxLength: 100, example: 'Cyber Falcons' })
  @Trim()
  @IsString({ message: 'name must be text' })
  @IsNotEmpty({ message: 'name is required' })
  @MaxLength(100, { message: 'name must be at most 100 characters (a Game Platform limit)' })
  name!: string;

  @ApiProperty({ enum: DIVISIONS, enumName: 'Division' })
  @IsEnum(Division, { message: `division must be one of: ${DIVISIONS.join(', ')}` })
  division!: Division;

  @ApiProperty({ minLength: 1, maxLength: 200, description: 'School or club the team represents', example: 'Lincoln High School' })
  @Trim()
  @IsString({ message: 'affiliation must be text' })
  @IsNotEmpty({ message: 'affiliation is required' })
  @MaxLength(200, { message: 'affiliation must be at most 200 characters (a Game Platform limit)' })
  affiliation!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Owner of the team. Required for administrators; coaches create teams for themselves (omit it or pass their own id).',
  })
  @IsOptional()
  @IsUUID('all', { message: 'coachId must be a UUID' })
  coachId?: string;
}

/** A team's coach is set at creation: the platform cannot move a team to another coach. */
export class UpdateTeamDto extends PartialType(OmitType(CreateTeamDto, ['coachId'] as const)) {}

export class AddMemberDto {
  @ApiProperty({ format: 'uuid', description: 'Competitor to put on the team; one on another team is moved here' })
  @IsUUID('all', { message: 'competitorId must be a UUID' })
  competitorId!: string;
}

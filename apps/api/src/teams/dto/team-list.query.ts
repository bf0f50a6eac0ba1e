import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { CursorPageQuery } from '../../http/page.query';
import { Trim } from '../../http/text-transforms';

export class TeamListQuery extends CursorPageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Administrators: only this coach’s teams (coaches always see their own only)' })
  @IsOptional()
  @IsUUID('all', { message: 'coachId must be a UUID' })
  coachId?: string;

  @ApiPropertyOptional({ description: 'Part of the team name, case-insensitive' })
  @IsOptional()
  @Trim()
  @IsString()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string;
}

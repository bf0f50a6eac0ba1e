import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '../../admin/pagination.dto';

export class TeamListQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid', description: 'Administrators: only this coach’s teams (coaches always see their own only)' })
  @IsOptional()
  @IsUUID('all', { message: 'coachId must be a UUID' })
  coachId?: string;

  @ApiPropertyOptional({ description: 'Part of the team name, case-insensitive' })
  @IsOptional()
  @Transform(({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(100, { message: 'search must be at most 100 characters' })
  search?: string;
}

import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class RecentQuery {
  @ApiPropertyOptional({ minimum: 1, maximum: 720, default: 24, description: 'Look-back window in hours' })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'hours must be a whole number' })
  @Min(1, { message: 'hours must be at least 1' })
  @Max(720, { message: 'hours is at most 720 (30 days)' })
  hours = 24;

  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'limit must be a whole number' })
  @Min(1, { message: 'limit must be at least 1' })
  @Max(500, { message: 'limit is at most 500' })
  limit = 50;
}

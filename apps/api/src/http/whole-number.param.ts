import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsInt, IsOptional, Max, Min } from 'class-validator';
import { ToNumber } from '@app/common';

/** An optional whole-number query parameter within [min, max]; its 400 names the parameter and the bounds. */
export function WholeNumberParam(name: string, range: { min: number; max: number; default: number }, description?: string) {
  const outside = `${name} must be between ${range.min} and ${range.max}`;
  return applyDecorators(
    ApiPropertyOptional({ minimum: range.min, maximum: range.max, default: range.default, description }),
    IsOptional(),
    ToNumber(),
    IsInt({ message: `${name} must be a whole number` }),
    Min(range.min, { message: outside }),
    Max(range.max, { message: outside }),
  );
}

import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { ValidateBy, ValidationArguments } from 'class-validator';

/**
 * The `all` field of a bulk action: an empty filter never means "everything". The body must either
 * give at least one of `filters` or say `all: true`, not both.
 */
export const BulkScope = (filters: readonly string[]) =>
  applyDecorators(
    ApiPropertyOptional({ type: Boolean, description: `Act on everything: required when none of ${filters.join(', ')} is given, refused with them` }),
    ValidateBy({
      name: 'bulkScope',
      validator: {
        validate: (all: unknown, args?: ValidationArguments) => {
          const filtered = filters.some((filter) => (args?.object as Record<string, unknown>)[filter] !== undefined);
          if (all === true) return !filtered;
          return (all === undefined || all === false) && filtered;
        },
        defaultMessage: (args?: ValidationArguments) => {
          const all = args?.value as unknown;
          if (all === true) return `all: true acts on everything; remove it to use ${filters.join(', ')}`;
          if (all !== undefined && all !== false) return 'all must be true or false';
          return `Say what to act on: give ${filters.join(', ')}, or all: true for everything`;
        },
      },
    }),
  );

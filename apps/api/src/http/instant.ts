import { applyDecorators } from '@nestjs/common';
import { Type } from 'class-transformer';
import { IsDate, MaxDate, MinDate } from 'class-validator';

/** The instants a request may name: PostgreSQL, JavaScript and every client hold these alike. */
export const EARLIEST_INSTANT = new Date('2000-01-01T00:00:00Z');
export const LATEST_INSTANT = new Date('2100-01-01T00:00:00Z');
const RANGE = `between ${EARLIEST_INSTANT.toISOString().slice(0, 10)} and ${LATEST_INSTANT.toISOString().slice(0, 10)}`;

export const isSupportedInstant = (at: Date) => at >= EARLIEST_INSTANT && at <= LATEST_INSTANT;

/** An ISO 8601 instant in the supported range, as a Date. */
export const IsInstant = (field: string) =>
  applyDecorators(
    Type(() => Date),
    IsDate({ message: `${field} must be an ISO 8601 date` }),
    MinDate(EARLIEST_INSTANT, { message: `${field} must be ${RANGE}` }),
    MaxDate(LATEST_INSTANT, { message: `${field} must be ${RANGE}` }),
  );

import { Prisma } from '@app/persistence';

/*
 * csv.ts's field rules written by PostgreSQL, for exports whose lines the database builds itself
 * (a batch of lines arrives as one text value instead of one object per row). Every helper takes
 * an SQL expression and yields the field's text; NULL yields an empty field, as in csvField.
 */

/** Text: a leading =, +, -, @, tab or CR gets a `'`; a quote, comma or line break quotes the field, inner quotes doubled. */
export function csvTextSql(text: Prisma.Sql): Prisma.Sql {
  const formulaMark = Prisma.sql`CASE WHEN ${text} ~ '^[=+@\\t\\r-]' THEN '''' ELSE '' END`;
  return Prisma.sql`coalesce(CASE WHEN ${text} ~ '[",\\r\\n]' THEN '"' || ${formulaMark} || replace(${text}, '"', '""') || '"' ELSE ${formulaMark} || ${text} END, '')`;
}

/** An integer as digits (a negative one keeps its minus: numbers are not formulas). */
export const csvIntegerSql = (integer: Prisma.Sql): Prisma.Sql => Prisma.sql`coalesce(${integer}::text, '')`;

/** A timestamptz as JavaScript's toISOString() writes it: UTC, milliseconds, `Z`. */
export const csvInstantSql = (instant: Prisma.Sql): Prisma.Sql =>
  Prisma.sql`coalesce(to_char(${instant} AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), '')`;

/** One CSV line (CRLF-terminated) of the fields. */
export const csvLineSql = (fields: readonly Prisma.Sql[]): Prisma.Sql => Prisma.sql`${Prisma.join(fields, ` || ',' || `)} || E'\\r\\n'`;

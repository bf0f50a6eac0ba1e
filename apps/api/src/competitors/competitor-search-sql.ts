import { Prisma } from '@app/persistence';

const LIKE_SPECIAL = /[\\%_]/g;

/**
 * Every word of `search` must occur, case-insensitively, in the first name, last name, email or
 * platform username of competitor `c`. ILIKE '%word%' is served by the pg_trgm GIN indexes of
 * those columns for words of three or more characters.
 */
export function searchSql(search: string | undefined, alias = 'c'): Prisma.Sql {
  const words = (search ?? '').split(/\s+/).filter(Boolean);
  if (words.length === 0) return Prisma.sql`true`;
  const table = Prisma.raw(alias);
  const conditions = words.map((word) => {
    const pattern = `%${word.replace(LIKE_SPECIAL, '\\$&')}%`;
    return Prisma.sql`(${table}.first_name ILIKE ${pattern} OR ${table}.last_name ILIKE ${pattern} OR ${table}.email ILIKE ${pattern} OR ${table}.metactf_username ILIKE ${pattern})`;
  });
  return Prisma.join(conditions, ' AND ');
}

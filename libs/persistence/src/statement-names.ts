import { createHash } from 'node:crypto';

/** The part of a query the name depends on: its SQL text (the same text always gets the same name). */
interface NamedQuery {
  sql: string;
}

/**
 * Names for PostgreSQL prepared statements, so each pooled connection parses a read once and
 * PostgreSQL can reuse its plan instead of planning it on every request (5–8 ms of CPU under load).
 * Only statements that begin with SELECT or WITH are named: the reads, and the sync's solve insert (a
 * WITH whose rows arrive as arrays, so its text never changes). Multi-row VALUES writes would make
 * ever new texts. At most `limit` distinct texts per process are named, so the statements each server
 * connection keeps stay bounded; past it, and with a limit of 0, statements run unnamed as before.
 */
export function preparedStatementNames(limit: number): (query: NamedQuery) => string {
  const names = new Map<string, string>();
  return ({ sql }) => {
    const known = names.get(sql);
    if (known !== undefined) return known;
    if (names.size >= limit || !READ.test(sql)) return UNNAMED;
    const name = `gps_${createHash('sha1').update(sql).digest('hex')}`;
    names.set(sql, name);
    return name;
  };
}

const READ = /^\s*(SELECT|WITH)\b/i;
/** pg runs a query whose name is empty as the unnamed statement: parsed and planned every time. */
const UNNAMED = '';

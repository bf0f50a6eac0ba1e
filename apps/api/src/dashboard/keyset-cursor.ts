import { FieldInputError } from '../http/field-input.error';

export type KeyValue = string | number;

/**
 * An opaque keyset cursor: the sort it belongs to and the sort key (values, then id) of the last
 * row of a page, base64url-encoded JSON. The next page starts strictly after that row, so rows are
 * neither skipped nor repeated, and the cost does not grow with depth.
 */
export interface KeysetPosition {
  sort: string;
  values: KeyValue[];
  id: string;
}

export function encodeCursor(position: KeysetPosition): string {
  return Buffer.from(JSON.stringify([position.sort, position.values, position.id])).toString('base64url');
}

/** Reads `cursor` for `sort`; a cursor of another sort, or one not made by encodeCursor, answers 400. */
export function decodeCursor(cursor: string, sort: string, valueCount: number): KeysetPosition {
  let parsed: unknown;
  try {
    parsed = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    throw invalidCursor();
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalidCursor();
  const [cursorSort, values, id] = parsed as unknown[];
  const validValues = Array.isArray(values) && values.length === valueCount && values.every((value) => typeof value === 'string' || typeof value === 'number');
  if (typeof id !== 'string' || !UUID.test(id) || !validValues) throw invalidCursor();
  if (cursorSort !== sort) throw new FieldInputError('cursor', 'cursor belongs to another sort order: start again without cursor');
  return { sort, values: values, id };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const invalidCursor = () => new FieldInputError('cursor', 'cursor is not valid: use the nextCursor of a previous page');

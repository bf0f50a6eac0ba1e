import { ConflictException, HttpStatus } from '@nestjs/common';
import { ProblemInit } from '@app/common';
import { Prisma } from '@app/persistence';

interface ConstraintMeta {
  modelName?: string;
  target?: string[] | string;
  field_name?: string;
  driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
}

/**
 * Database errors a client caused, as answers it can act on: a unique violation is 409 naming the
 * field, a missing record 404, a broken reference 409. Any other database error is left to the
 * generic 500.
 */
export function prismaProblem(error: unknown): ProblemInit | undefined {
  if (!(error instanceof Prisma.PrismaClientKnownRequestError)) return undefined;
  const meta = (error.meta ?? {}) as ConstraintMeta;
  const subject = humanModel(meta.modelName);
  const fields = constraintFields(meta);
  switch (error.code) {
    case 'P2002':
      return conflict(`${subject} with this ${fields.join(' and ') || 'value'} already exists`, fields, 'is already taken');
    case 'P2025':
      return { status: HttpStatus.NOT_FOUND, detail: `${subject} was not found` };
    case 'P2003':
      return conflict(
        `${subject}: ${fields.join(', ') || 'a reference'} points to a record that does not exist or is still in use`,
        fields,
        'points to a missing or still used record',
      );
    default:
      return undefined;
  }
}

/**
 * Runs a write whose unique violation has a cause the caller can name better than the generic
 * translation above can (a taken team name, a concurrent request): it becomes a 409 with `detail`.
 */
export async function duplicateIsConflict<T>(write: () => Promise<T>, detail: string): Promise<T> {
  try {
    return await write();
  } catch (error) {
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') throw new ConflictException(detail);
    throw error;
  }
}

function conflict(detail: string, fields: string[], why: string): ProblemInit {
  return { status: HttpStatus.CONFLICT, detail, errors: fields.map((field) => ({ field, message: `${field} ${why}` })) };
}

/**
 * Field names of the violated constraint: the classic engine reports them (`target`); the pg driver
 * adapter only names the index (`<table>_<columns>_key|fkey`), whose columns are matched against the
 * model's fields.
 */
function constraintFields(meta: ConstraintMeta): string[] {
  if (meta.driverAdapterError?.cause?.constraint?.fields) return meta.driverAdapterError.cause.constraint.fields.map(toCamel);
  if (meta.target) return (Array.isArray(meta.target) ? meta.target : [meta.target]).map(toCamel);
  const index = meta.driverAdapterError?.cause?.constraint?.index;
  if (!index || !meta.modelName) return [];
  const fields = Object.values((Prisma as unknown as Record<string, Record<string, string> | undefined>)[`${meta.modelName}ScalarFieldEnum`] ?? {});
  const tokens = index.replace(/_(key|fkey|pkey)$/, '').split('_');
  for (let start = 1; start < tokens.length; start += 1) {
    const matched = matchColumns(tokens.slice(start).join('_'), fields);
    if (matched) return matched;
  }
  return [];
}

/** Splits "coach_id_name" into model fields ["coachId", "name"], longest column first; null when it does not split. */
function matchColumns(columns: string, fields: string[]): string[] | null {
  if (columns === '') return [];
  const candidates = fields.filter((field) => columns === toSnake(field) || columns.startsWith(`${toSnake(field)}_`));
  for (const field of candidates.sort((a, b) => toSnake(b).length - toSnake(a).length)) {
    const rest = matchColumns(columns.slice(toSnake(field).length + 1), fields);
    if (rest) return [field, ...rest];
  }
  return null;
}

function toCamel(column: string): string {
  return column.replace(/"/g, '').replace(/_([a-z])/g, (_match, letter: string) => letter.toUpperCase());
}

function toSnake(field: string): string {
  return field.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

function humanModel(modelName?: string): string {
  if (!modelName) return 'A record';
  const words = modelName.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
  return `A ${words}`;
}

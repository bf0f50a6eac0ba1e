import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Logger } from '@nestjs/common';
import { FastifyReply } from 'fastify';
import { Prisma } from '@app/persistence';

interface ConstraintMeta {
  modelName?: string;
  target?: string[] | string;
  field_name?: string;
  driverAdapterError?: { cause?: { constraint?: { fields?: string[]; index?: string } } };
}

/**
 * Database errors a client caused become answers it can act on: a unique violation is 409 naming
 * the field, a missing record 404, a broken reference 409. Anything else stays a 500.
 */
@Catch(Prisma.PrismaClientKnownRequestError)
export class PrismaExceptionFilter implements ExceptionFilter {
  private readonly logger = new Logger(PrismaExceptionFilter.name);

  catch(error: Prisma.PrismaClientKnownRequestError, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    const meta = (error.meta ?? {}) as ConstraintMeta;
    const subject = humanModel(meta.modelName);
    const fields = constraintFields(meta);
    switch (error.code) {
      case 'P2002':
        return send(reply, HttpStatus.CONFLICT, 'Conflict', `${subject} with this ${fields.join(' and ') || 'value'} already exists`, fields);
      case 'P2025':
        return send(reply, HttpStatus.NOT_FOUND, 'Not Found', `${subject} was not found`);
      case 'P2003':
        return send(reply, HttpStatus.CONFLICT, 'Conflict', `${subject}: ${fields.join(', ') || 'a reference'} points to a record that does not exist or is still in use`, fields);
      default:
        this.logger.error({ msg: 'unhandled database error', code: error.code, err: error });
        return send(reply, HttpStatus.INTERNAL_SERVER_ERROR, 'Internal Server Error', 'Internal server error');
    }
  }
}

function send(reply: FastifyReply, statusCode: number, error: string, message: string, fields?: string[]): void {
  void reply.status(statusCode).send({ statusCode, error, message, ...(fields?.length ? { fields } : {}) });
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

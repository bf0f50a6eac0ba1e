import { VendorError, type ValidationIssue } from './errors';

/** A field of a request body or query string, as the contract declares it. */
export interface FieldRule {
  type: 'string' | 'integer';
  required?: boolean;
  nullable?: boolean;
  enum?: readonly string[];
  minLength?: number;
  maxLength?: number;
  email?: boolean;
}

export type Rules = Record<string, FieldRule>;

/** Marks a body that was sent but is not JSON. */
export const INVALID_JSON = Symbol('invalid-json');

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const INTEGER = /^-?\d+$/;

function characters(n: number): string {
  return n === 1 ? '1 character' : `${n} characters`;
}

function enumMessage(values: readonly string[]): string {
  const quoted = values.map((value) => `'${value}'`);
  return `Input should be ${quoted.slice(0, -1).join(', ')} or ${quoted[quoted.length - 1]}`;
}

function checkString(loc: (string | number)[], value: unknown, rule: FieldRule): ValidationIssue | undefined {
  if (typeof value !== 'string') return { type: 'string_type', loc, msg: 'Input should be a valid string', input: value };
  if (rule.minLength !== undefined && value.length < rule.minLength) {
    return {
      type: 'string_too_short',
      loc,
      msg: `String should have at least ${characters(rule.minLength)}`,
      input: value,
      ctx: { min_length: rule.minLength },
    };
  }
  if (rule.maxLength !== undefined && value.length > rule.maxLength) {
    return {
      type: 'string_too_long',
      loc,
      msg: `String should have at most ${characters(rule.maxLength)}`,
      input: value,
      ctx: { max_length: rule.maxLength },
    };
  }
  if (rule.enum && !rule.enum.includes(value)) {
    return { type: 'enum', loc, msg: enumMessage(rule.enum), input: value, ctx: { expected: rule.enum.join(', ') } };
  }
  if (rule.email && !EMAIL.test(value)) {
    return {
      type: 'value_error',
      loc,
      msg: 'value is not a valid email address: The email address is not valid.',
      input: value,
    };
  }
  return undefined;
}

/** Validates a JSON body like FastAPI/pydantic v2 would, throwing a 422 with every issue found. */
export function validateBody<T>(body: unknown, rules: Rules): T {
  if (body === INVALID_JSON) {
    throw new VendorError(422, [{ type: 'json_invalid', loc: ['body', 0], msg: 'JSON decode error', input: {}, ctx: { error: 'Expecting value' } }]);
  }
  if (body === undefined || body === null) {
    throw new VendorError(422, [{ type: 'missing', loc: ['body'], msg: 'Field required', input: null }]);
  }
  if (typeof body !== 'object' || Array.isArray(body)) {
    throw new VendorError(422, [
      {
        type: 'model_attributes_type',
        loc: ['body'],
        msg: 'Input should be a valid dictionary or object to extract fields from',
        input: body,
      },
    ]);
  }
  const record = body as Record<string, unknown>;
  const issues: ValidationIssue[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const value = record[name];
    const loc = ['body', name];
    if (value === undefined) {
      if (rule.required) issues.push({ type: 'missing', loc, msg: 'Field required', input: record });
      continue;
    }
    if (value === null && rule.nullable) continue;
    const issue = checkString(loc, value, rule);
    if (issue) issues.push(issue);
  }
  if (issues.length > 0) throw new VendorError(422, issues);
  return record as T;
}

/** Validates query parameters (strings, or integers given as strings) the FastAPI way. */
export function validateQuery<T>(query: unknown, rules: Rules): T {
  const raw = (query ?? {}) as Record<string, string | string[] | undefined>;
  const result: Record<string, string | number> = {};
  const issues: ValidationIssue[] = [];
  for (const [name, rule] of Object.entries(rules)) {
    const given = raw[name];
    const value = Array.isArray(given) ? given[given.length - 1] : given;
    const loc = ['query', name];
    if (value === undefined) {
      if (rule.required) issues.push({ type: 'missing', loc, msg: 'Field required', input: null });
      continue;
    }
    if (rule.type === 'integer') {
      if (INTEGER.test(value)) result[name] = Number(value);
      else {
        issues.push({
          type: 'int_parsing',
          loc,
          msg: 'Input should be a valid integer, unable to parse string as an integer',
          input: value,
        });
      }
      continue;
    }
    const issue = checkString(loc, value, rule);
    if (issue) issues.push(issue);
    else result[name] = value;
  }
  if (issues.length > 0) throw new VendorError(422, issues);
  return result as T;
}

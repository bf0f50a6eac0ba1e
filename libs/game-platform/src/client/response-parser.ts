import { ClassConstructor, plainToInstance } from 'class-transformer';
import { validateSync, ValidationError } from 'class-validator';
import { passesValidation } from './compiled-validation';
import { VendorRecord } from './dto/vendor-record';
import { CallContext, GamePlatformError } from './game-platform.error';
import { buildRecord } from './record-builder';

function describe(errors: ValidationError[], parent = ''): string[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((text) => `${field}: ${text.replace(`${error.property} `, '')}`);
    return [...own, ...describe(error.children ?? [], field)];
  });
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Gives every VendorRecord in the parsed tree the exact object it was built from. */
function attachRaw(record: VendorRecord, plain: Record<string, unknown>): void {
  record.raw = plain;
  for (const [key, value] of Object.entries(record)) {
    if (key === 'raw') continue;
    const source = plain[key];
    if (value instanceof VendorRecord && isPlainObject(source)) attachRaw(value, source);
    if (Array.isArray(value) && Array.isArray(source)) {
      value.forEach((item, i) => {
        if (item instanceof VendorRecord && isPlainObject(source[i])) attachRaw(item, source[i] as Record<string, unknown>);
      });
    }
  }
}

export interface ParseTarget extends CallContext {
  method: string;
  path: string;
}

/**
 * Validates a 2xx payload against its contract DTO. Unknown extra fields are kept (and stay in `raw`);
 * a missing or mistyped required field fails with invalid_response naming the fields.
 */
export function parseVendorResponse<T extends VendorRecord>(dto: ClassConstructor<T>, payload: unknown, target: ParseTarget): T {
  const { method, path, ...context } = target;
  const fail = (problem: string) =>
    new GamePlatformError('invalid_response', `Game platform ${method} ${path} returned an unexpected payload: ${problem}`, null, false, {
      ...context,
      method,
      path,
    });
  if (!isPlainObject(payload)) throw fail(`expected a JSON object, got ${Array.isArray(payload) ? 'an array' : typeof payload}`);
  // The common shapes are built directly (raw attached); any other goes through class-transformer.
  const built = buildRecord(dto, payload);
  const record = built ?? plainToInstance(dto, payload);
  // The compiled check answers the common case (valid) cheaply; class-validator has the last word and the messages.
  const errors = passesValidation(record) ? [] : validateSync(record, { forbidUnknownValues: false });
  if (errors.length > 0) throw fail(describe(errors).join('; '));
  if (!built) attachRaw(record, payload);
  return record;
}

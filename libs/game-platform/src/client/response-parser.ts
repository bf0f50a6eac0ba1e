import { compileResponseChecks } from './contract/contract-validator';
import { openapiDocument } from './contract/openapi-document.generated';
import { CallContext, GamePlatformError } from './game-platform.error';

/** Checks of every operation of the vendor contract, compiled once when the client is loaded. */
const RESPONSE_CHECKS = compileResponseChecks(openapiDocument);

export interface ParseTarget extends CallContext {
  method: string;
  path: string;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates a 2xx payload against the contract's schema of `method path`. Unknown extra fields are
 * kept; a missing or mistyped field fails with invalid_response naming the fields.
 */
export function parseVendorResponse<T>(payload: unknown, status: number, target: ParseTarget): T {
  const { method, path, ...context } = target;
  const fail = (problem: string) =>
    new GamePlatformError('invalid_response', `Game platform ${method} ${path} returned an unexpected payload: ${problem}`, null, {
      ...context,
      method,
      path,
    });
  const check = RESPONSE_CHECKS.get(`${method} ${path}`);
  if (!check) throw new Error(`The vendor contract declares no 2xx answer for ${method} ${path}`);
  if (!isPlainObject(payload)) throw fail(`expected a JSON object, got ${Array.isArray(payload) ? 'an array' : typeof payload}`);
  const problems = check(payload, status);
  if (problems.length > 0) throw fail(problems.join('; '));
  return withRaw(payload) as T;
}

/** The record over a validated payload: its fields, `raw` set to the payload, and the same for each object of its arrays. */
function withRaw(payload: Record<string, unknown>): Record<string, unknown> {
  const record: Record<string, unknown> = { ...payload, raw: payload };
  for (const key in payload) {
    const value = payload[key];
    if (Array.isArray(value)) record[key] = value.map((item: unknown) => (isPlainObject(item) ? { ...item, raw: item } : item));
  }
  return record;
}

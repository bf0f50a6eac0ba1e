import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import { COMPONENTS_ID, toJsonSchema } from './json-schema';
import type { OpenApiDocument, OpenApiResponse } from './openapi-document';

/** Problems of one payload, each naming its field (`challenge_solves.0.timestamp_unix: must be integer`); empty when valid. */
export type ResponseCheck = (payload: unknown, status: number) => string[];

const METHODS = ['get', 'put', 'post', 'delete', 'patch'];

/**
 * Ajv checks of the 2xx JSON answers of every operation of the contract, keyed `GET /path`, all
 * compiled here once. Extra fields are allowed (the contract does not forbid them) and nothing is
 * coerced or removed, so a payload that passes is exactly what the vendor sent.
 */
export function compileResponseChecks(document: OpenApiDocument): Map<string, ResponseCheck> {
  const ajv = new Ajv({ allErrors: true, strict: true });
  addFormats(ajv);
  const components = Object.entries(document.components?.schemas ?? {}).map(([name, schema]) => [name, toJsonSchema(schema)] as const);
  ajv.addSchema({ $id: COMPONENTS_ID, definitions: Object.fromEntries(components) });
  const checks = new Map<string, ResponseCheck>();
  for (const [path, item] of Object.entries(document.paths)) {
    for (const method of METHODS.filter((name) => item[name])) {
      const operation = `${method.toUpperCase()} ${path}`;
      const byStatus = compileSuccessSchemas(ajv, document, operation, item[method] as { responses?: Record<string, OpenApiResponse> });
      if (byStatus.size > 0) checks.set(operation, checkOf(byStatus));
    }
  }
  return checks;
}

function compileSuccessSchemas(
  ajv: Ajv,
  document: OpenApiDocument,
  operation: string,
  { responses = {} }: { responses?: Record<string, OpenApiResponse> },
): Map<number, ValidateFunction> {
  const byStatus = new Map<number, ValidateFunction>();
  for (const [status, response] of Object.entries(responses)) {
    if (!/^2\d\d$/.test(status)) continue;
    const schema = resolve(document, response).content?.['application/json']?.schema;
    if (!schema) throw new Error(`The vendor contract's ${operation} ${status} has no application/json schema`);
    byStatus.set(Number(status), ajv.compile(toJsonSchema(schema)));
  }
  return byStatus;
}

/** Any 2xx is success (the vendor answers some GETs with 201): a status the contract omits uses its first 2xx schema. */
function checkOf(byStatus: Map<number, ValidateFunction>): ResponseCheck {
  const fallback = [...byStatus.values()][0];
  return (payload, status) => {
    const validate = byStatus.get(status) ?? fallback;
    return validate(payload) ? [] : describe(validate.errors ?? []);
  };
}

function resolve(document: OpenApiDocument, response: OpenApiResponse): OpenApiResponse {
  if (!response.$ref) return response;
  const name = /^#\/components\/responses\/([^/]+)$/.exec(response.$ref)?.[1];
  const target = name ? document.components?.responses?.[name] : undefined;
  if (!target) throw new Error(`The vendor contract's response $ref ${response.$ref} does not resolve`);
  return target;
}

function describe(errors: ErrorObject[]): string[] {
  return errors.map((error) => {
    const path = error.instancePath.split('/').slice(1);
    if (error.keyword === 'required') return `${[...path, (error.params as { missingProperty: string }).missingProperty].join('.')}: is required`;
    return `${path.length > 0 ? path.join('.') : '(payload)'}: ${error.message}`;
  });
}

import fc from 'fast-check';

/**
 * Requests for one OpenAPI operation, derived from its schemas and then broken: wrong types, nulls,
 * empty and huge strings, NUL bytes, lone surrogates, deep nesting, bad UUIDs and bad dates.
 */

type Schema = Record<string, unknown>;

export interface OpenApiDocument {
  paths: Record<string, Record<string, OperationObject>>;
  components: { schemas: Record<string, Schema> };
}

export interface OperationObject {
  operationId: string;
  parameters?: { name: string; in: 'path' | 'query' | 'header'; required?: boolean; schema?: Schema }[];
  requestBody?: { content: Record<string, { schema: Schema }> };
  security?: unknown[];
}

export interface FuzzRequest {
  method: string;
  url: string;
  headers: Record<string, string>;
  /** Raw bytes as sent: JSON text, or deliberately not JSON. */
  payload?: string;
}

/** Who calls: the fuzz mostly sends valid tokens, so the broken input gets past authentication. */
export type Caller = 'admin' | 'coach' | 'none' | 'garbage' | 'subNotUuid' | 'noExp' | 'futureIat' | 'expired';

const DEEP = 5_000;
export const DEEP_JSON = `${'['.repeat(DEEP)}${']'.repeat(DEEP)}`;
const LONE_SURROGATE = '\ud800';

/** Values that break whatever field they land in. */
const NASTY: unknown[] = [
  null,
  '',
  ' ',
  'x'.repeat(100_000),
  '\u0000',
  'a\u0000b',
  LONE_SURROGATE,
  'ab\udfff',
  -1,
  0,
  1.5,
  1e308,
  -9007199254740992,
  true,
  [],
  {},
  [[[]]],
  { nested: { deeper: [null] } },
  'not-a-uuid',
  '00000000-0000-0000-0000-00000000000g',
  '0000-01-01T00:00:00Z',
  '2026-02-31',
  '+275760-09-13T00:00:01Z',
  '9999-99-99T99:99:99Z',
  '<script>alert(1)</script>',
  "' OR 1=1 --",
  '%00',
  '../../etc/passwd',
];
const nasty = fc.constantFrom(...NASTY);

export function deref(document: OpenApiDocument, schema: Schema): Schema {
  const ref = schema.$ref;
  if (typeof ref !== 'string') return schema;
  return deref(document, document.components.schemas[ref.replace('#/components/schemas/', '')]);
}

/** Values the schema accepts (the starting point of a broken request). */
export function validValue(document: OpenApiDocument, input: Schema, depth = 0): fc.Arbitrary<unknown> {
  const schema = deref(document, input);
  const variants = (schema.anyOf ?? schema.oneOf ?? schema.allOf) as Schema[] | undefined;
  if (variants?.length) return validValue(document, variants[0], depth);
  const nullable = schema.nullable === true ? (value: fc.Arbitrary<unknown>) => fc.oneof(value, fc.constant(null)) : (value: fc.Arbitrary<unknown>) => value;
  if (Array.isArray(schema.enum)) return nullable(fc.constantFrom(...(schema.enum as unknown[])));
  switch (schema.type) {
    case 'string':
      return nullable(stringFor(schema));
    case 'integer':
      return nullable(fc.integer({ min: (schema.minimum as number) ?? -1_000, max: (schema.maximum as number) ?? 1_000 }));
    case 'number':
      return nullable(fc.double({ min: (schema.minimum as number) ?? -1_000, max: (schema.maximum as number) ?? 1_000, noNaN: true }));
    case 'boolean':
      return nullable(fc.boolean());
    case 'array':
      return depth > 4 ? fc.constant([]) : nullable(fc.array(validValue(document, (schema.items as Schema) ?? {}, depth + 1), { maxLength: 3 }));
    case 'object':
    case undefined: {
      const properties = (schema.properties ?? {}) as Record<string, Schema>;
      if (depth > 4 || Object.keys(properties).length === 0) return nullable(fc.constant({}));
      const model = Object.fromEntries(Object.entries(properties).map(([name, property]) => [name, validValue(document, property, depth + 1)]));
      return nullable(fc.record(model, { requiredKeys: (schema.required as string[] | undefined) ?? [] }));
    }
    default:
      return fc.constant(null);
  }
}

function stringFor(schema: Schema): fc.Arbitrary<string> {
  const day = fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true });
  switch (schema.format) {
    case 'uuid':
      return fc.uuid();
    case 'date-time':
      return day.map((date) => date.toISOString());
    case 'date':
      return day.map((date) => date.toISOString().slice(0, 10));
    case 'email':
      return fc.emailAddress();
    default:
      return fc.string({ minLength: (schema.minLength as number) ?? 0, maxLength: Math.min((schema.maxLength as number) ?? 40, 40) });
  }
}

/** A valid value, or with some probability one that breaks it (recursively, for objects). */
function maybeBroken(document: OpenApiDocument, schema: Schema): fc.Arbitrary<unknown> {
  return fc.oneof({ arbitrary: validValue(document, schema), weight: 2 }, { arbitrary: brokenValue(document, schema), weight: 3 });
}

function brokenValue(document: OpenApiDocument, input: Schema): fc.Arbitrary<unknown> {
  const schema = deref(document, input);
  const properties = Object.keys(schema.properties ?? {});
  if (properties.length === 0) return nasty;
  const valid = validValue(document, schema) as fc.Arbitrary<Record<string, unknown> | null>;
  return fc.oneof(
    nasty,
    // One field broken, the rest valid.
    fc.tuple(valid, fc.constantFrom(...properties), nasty).map(([object, field, value]) => ({ ...(object ?? {}), [field]: value })),
    // Every field explicitly null.
    fc.constant(Object.fromEntries(properties.map((field) => [field, null]))),
    // An unknown field.
    valid.map((object) => ({ ...(object ?? {}), unexpected: 'field' })),
  );
}

/** A path or query value as it travels in the URL; lone surrogates cannot be percent-encoded, so their UTF-8 bytes are sent raw-escaped. */
/** A generated value as text: strings as they are, anything else as its JSON. */
function textOf(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value);
}

function urlValue(value: unknown): string {
  const text = textOf(value);
  try {
    return encodeURIComponent(text);
  } catch {
    return text
      .split('')
      .map((character) => {
        try {
          return encodeURIComponent(character);
        } catch {
          return '%ED%A0%80';
        }
      })
      .join('');
  }
}

/** Every way the fuzz builds a request for one operation. */
export function requestsFor(
  document: OpenApiDocument,
  path: string,
  method: string,
  operation: OperationObject,
): fc.Arbitrary<{ request: FuzzRequest; caller: Caller }> {
  const parameters = operation.parameters ?? [];
  const pathParams = parameters.filter((parameter) => parameter.in === 'path');
  const queryParams = parameters.filter((parameter) => parameter.in === 'query');
  const headerParams = parameters.filter((parameter) => parameter.in === 'header');
  const param = (schema: Schema | undefined) => maybeBroken(document, schema ?? { type: 'string' });

  // An empty segment would be another URL (a route miss), not this operation with a bad parameter.
  const pathValues = fc.tuple(...pathParams.map((parameter) => param(parameter.schema).filter((value) => urlValue(value) !== '')));
  const query = fc.tuple(
    ...queryParams.map((parameter) => fc.option(param(parameter.schema), { nil: undefined }).map((value) => [parameter.name, value] as const)),
    fc.option(fc.constant(['unknownParam', 'x'] as const), { nil: undefined, freq: 4 }).map((extra) => extra ?? (['', undefined] as const)),
  );
  const headers = fc.tuple(
    ...headerParams.map((parameter) => fc.option(param(parameter.schema), { nil: undefined }).map((value) => [parameter.name, value] as const)),
  );
  const caller = fc.oneof(
    { arbitrary: fc.constantFrom<Caller>('admin', 'coach'), weight: 6 },
    { arbitrary: fc.constantFrom<Caller>('none', 'garbage', 'subNotUuid', 'noExp', 'futureIat', 'expired'), weight: 2 },
  );
  const body = bodies(document, operation);

  return fc.record({ pathValues, query, headers, caller, body }).map(({ pathValues: values, query: pairs, headers: headerPairs, caller: who, body: sent }) => {
    let url = path;
    pathParams.forEach((parameter, index) => {
      url = url.replace(`{${parameter.name}}`, urlValue(values[index]));
    });
    const search = pairs.filter(([name, value]) => name && value !== undefined).map(([name, value]) => `${name}=${urlValue(value)}`);
    if (search.length) url += `?${search.join('&')}`;
    const requestHeaders: Record<string, string> = {};
    for (const [name, value] of headerPairs) if (value !== undefined) requestHeaders[name] = textOf(value).replace(/[^\t\x20-\x7e]/g, '?');
    if (sent) {
      requestHeaders['content-type'] = sent.contentType;
    }
    return { request: { method: method.toUpperCase(), url, headers: requestHeaders, ...(sent && { payload: sent.payload }) }, caller: who };
  });
}

/** A body (as raw text with its content type), or none: JSON from the schema, broken JSON, no JSON at all. */
function bodies(document: OpenApiDocument, operation: OperationObject): fc.Arbitrary<{ payload: string; contentType: string } | undefined> {
  const schema = operation.requestBody?.content['application/json']?.schema;
  const json = (value: fc.Arbitrary<unknown>) => value.map((item) => ({ payload: JSON.stringify(item) ?? 'null', contentType: 'application/json' }));
  const broken = fc.constantFrom(
    { payload: DEEP_JSON, contentType: 'application/json' },
    { payload: `{"a":${DEEP_JSON}}`, contentType: 'application/json' },
    { payload: '{"unterminated": ', contentType: 'application/json' },
    { payload: '"\\ud800"', contentType: 'application/json' },
    { payload: '{"x":"\\u0000"}', contentType: 'application/json' },
    { payload: '', contentType: 'application/json' },
    { payload: 'plain words', contentType: 'text/plain' },
    { payload: '<a/>', contentType: 'application/xml' },
    { payload: 'a=1&b=2', contentType: 'application/x-www-form-urlencoded' },
  );
  if (!schema) return fc.oneof({ arbitrary: fc.constant(undefined), weight: 4 }, { arbitrary: broken, weight: 1 });
  return fc.oneof(
    { arbitrary: json(validValue(document, schema)), weight: 2 },
    { arbitrary: json(brokenValue(document, schema)), weight: 5 },
    { arbitrary: broken, weight: 2 },
    { arbitrary: fc.constant(undefined), weight: 1 },
  );
}

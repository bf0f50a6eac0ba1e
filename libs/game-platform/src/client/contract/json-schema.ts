import type { OpenApiSchema } from './openapi-document';

/** Where the converted component schemas live: `$ref`s to `#/components/schemas/X` point here. */
export const COMPONENTS_ID = 'vendor-contract';

/** Keywords whose value is one schema, a list of schemas, or a map of names to schemas. */
const SCHEMA_VALUED = new Set(['additionalProperties', 'items', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'additionalItems']);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', 'definitions', 'dependentSchemas']);
/** OpenAPI's own annotations, which JSON Schema (and Ajv's strict mode) does not know. */
const OPENAPI_ONLY = new Set(['nullable', 'example', 'xml', 'externalDocs', 'discriminator', 'deprecated']);

/**
 * One OpenAPI 3.0 or 3.1 Schema Object as a JSON Schema draft-07 schema for Ajv: 3.0's `nullable`
 * becomes a null type, its boolean `exclusiveMinimum`/`exclusiveMaximum` become numbers,
 * OpenAPI-only annotations and `x-` extensions are dropped, and component `$ref`s point into
 * COMPONENTS_ID. Anything else passes through, so a keyword draft-07 lacks reaches Ajv's strict
 * mode, which refuses it when the validator is built rather than letting bad data through.
 */
export function toJsonSchema(schema: OpenApiSchema): OpenApiSchema {
  const converted: OpenApiSchema = {};
  for (const [keyword, value] of Object.entries(schema)) {
    if (OPENAPI_ONLY.has(keyword) || keyword.startsWith('x-')) continue;
    if (keyword === '$ref') converted.$ref = componentRef(value);
    else if (SCHEMA_VALUED.has(keyword)) converted[keyword] = convertSubschema(value);
    else if (SCHEMA_LISTS.has(keyword)) converted[keyword] = (value as unknown[]).map(convertSubschema);
    else if (SCHEMA_MAPS.has(keyword)) converted[keyword] = mapValues(value as Record<string, unknown>, convertSubschema);
    else converted[keyword] = value;
  }
  convertExclusiveBounds(schema, converted);
  return schema.nullable === true ? allowNull(converted) : converted;
}

function convertSubschema(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(convertSubschema); // draft-07 tuple `items`
  return typeof value === 'object' && value !== null ? toJsonSchema(value as OpenApiSchema) : value;
}

function componentRef(ref: unknown): string {
  const match = /^#\/components\/schemas\/([^/]+)$/.exec(String(ref));
  if (!match) throw new Error(`Unsupported $ref in the vendor contract: ${String(ref)} (only #/components/schemas/* is resolved)`);
  return `${COMPONENTS_ID}#/definitions/${match[1]}`;
}

/** OpenAPI 3.0 writes `minimum: 1, exclusiveMinimum: true`; JSON Schema writes `exclusiveMinimum: 1`. */
function convertExclusiveBounds(schema: OpenApiSchema, converted: OpenApiSchema): void {
  for (const [exclusive, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    if (typeof schema[exclusive] !== 'boolean') continue;
    delete converted[exclusive];
    if (schema[exclusive] === true && schema[bound] !== undefined) {
      converted[exclusive] = schema[bound];
      delete converted[bound];
    }
  }
}

/** OpenAPI 3.0's `nullable: true`: null is accepted besides what the schema accepts. */
function allowNull(schema: OpenApiSchema): OpenApiSchema {
  const { type, enum: values } = schema;
  if (typeof type === 'string' || Array.isArray(type)) {
    const types = ([] as unknown[]).concat(type);
    const nullable: OpenApiSchema = { ...schema, type: types.includes('null') ? types : [...types, 'null'] };
    if (Array.isArray(values) && !values.includes(null)) nullable.enum = [...(values as unknown[]), null];
    return nullable;
  }
  return { anyOf: [schema, { type: 'null' }] };
}

function mapValues(map: Record<string, unknown>, convert: (value: unknown) => unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(map).map(([key, value]) => [key, convert(value)]));
}

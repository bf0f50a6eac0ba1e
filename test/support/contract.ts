import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv, { ValidateFunction } from 'ajv';
import addFormats from 'ajv-formats';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';

/**
 * The API's answers checked against the committed openapi.json: every e2e request goes through
 * `injectChecked`, which fails the test when the status is not documented for the operation, the
 * content type is not the documented one, or the body does not match the documented schema.
 */

type Schema = Record<string, unknown>;
interface Operation {
  method: string;
  template: string;
  pattern: RegExp;
  params: number;
  responses: Record<string, { content?: Record<string, { schema?: Schema }> }>;
}

const DOCUMENT = JSON.parse(readFileSync(join(__dirname, '../../openapi.json'), 'utf8')) as {
  paths: Record<string, Record<string, { responses: Operation['responses'] }>>;
  components: { schemas: Record<string, Schema> };
};
const DOCUMENT_ID = 'openapi.json';
const PROBLEM_SCHEMA: Schema = { $ref: '#/components/schemas/ProblemDetailsDto' };

/** Served by the framework or Bull Board, not part of the REST contract. */
const UNDOCUMENTED = [/^\/docs(\/|$)/, /^\/metrics$/, /^\/admin\/queues(?!\/session$)(\/|$)/];

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema({ components: toJsonSchema(DOCUMENT.components) as Schema }, DOCUMENT_ID);
const validators = new Map<string, ValidateFunction>();

/** Literal paths first, so /coaches/me wins over /coaches/{id}. */
const OPERATIONS: Operation[] = Object.entries(DOCUMENT.paths)
  .flatMap(([template, item]) =>
    Object.entries(item).map(([method, operation]) => ({
      method: method.toUpperCase(),
      template,
      pattern: new RegExp(`^${template.replace(/\{[^}]+\}/g, '[^/]+')}$`),
      params: (template.match(/\{/g) ?? []).length,
      responses: operation.responses,
    })),
  )
  .sort((a, b) => a.params - b.params);

export async function injectChecked(app: NestFastifyApplication, options: InjectOptions): Promise<LightMyRequestResponse> {
  const response = await app.inject(options);
  const url = typeof options.url === 'object' ? options.url.pathname : (options.url ?? '/');
  const problems = contractProblems(options.method ?? 'GET', url, response);
  if (problems.length > 0) {
    throw new Error(
      `${options.method ?? 'GET'} ${url} answered ${response.statusCode} against the OpenAPI document:\n- ${problems.join('\n- ')}\nbody: ${response.body.slice(0, 500)}`,
    );
  }
  return response;
}

/** What is wrong with this answer according to the document; empty when it matches. */
export function contractProblems(method: string, url: string, response: LightMyRequestResponse): string[] {
  // As the router sees it: no dot-segment resolution (URL would turn /teams/. into /teams/).
  const path = url.split(/[?#]/)[0];
  // CORS preflights are answered by @fastify/cors for every route, outside the REST contract.
  if (method.toUpperCase() === 'OPTIONS' || UNDOCUMENTED.some((pattern) => pattern.test(path))) return [];
  const operation = OPERATIONS.find((candidate) => candidate.method === method.toUpperCase() && candidate.pattern.test(path));
  const status = String(response.statusCode);
  record(`${method.toUpperCase()} ${operation?.template ?? path} ${status}`);
  if (!operation) {
    // No such route: the framework's 404 still has to be the one error shape.
    if (response.statusCode !== 404) return [`${method} ${path} is not in the document`];
    return bodyProblems(response, { 'application/problem+json': { schema: PROBLEM_SCHEMA } }, `unknown-route`);
  }
  const documented = operation.responses[status];
  if (!documented)
    return [
      `status ${status} is not documented for ${method.toUpperCase()} ${operation.template} (documented: ${Object.keys(operation.responses).join(', ')})`,
    ];
  return bodyProblems(response, documented.content, `${operation.method} ${operation.template} ${status}`);
}

function bodyProblems(response: LightMyRequestResponse, content: Record<string, { schema?: Schema }> | undefined, key: string): string[] {
  const mediaType = String(response.headers['content-type'] ?? '')
    .split(';')[0]
    .trim();
  if (!content) return response.body === '' ? [] : [`a body (${mediaType || 'no content type'}) where the document says there is none`];
  const documented = content[mediaType];
  if (!documented) return [`content type "${mediaType}" is not documented (documented: ${Object.keys(content).join(', ')})`];
  if (!documented.schema) return [];
  let body: unknown = response.body;
  if (mediaType.endsWith('json')) {
    try {
      body = JSON.parse(response.body);
    } catch {
      return [`the body is not JSON`];
    }
  }
  const validate = validatorFor(`${key} ${mediaType}`, documented.schema);
  if (validate(body)) return [];
  return (validate.errors ?? []).map((error) => `body${error.instancePath} ${error.message} ${JSON.stringify(error.params)}`);
}

function validatorFor(key: string, schema: Schema): ValidateFunction {
  let validate = validators.get(key);
  if (!validate) {
    validate = ajv.compile(toJsonSchema(schema) as Schema);
    validators.set(key, validate);
  }
  return validate;
}

/**
 * OpenAPI 3.0 schema → JSON Schema: `nullable: true` becomes "or null" (enums included), and
 * component references point into the document registered with Ajv.
 */
function toJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(toJsonSchema);
  if (!node || typeof node !== 'object') return node;
  const { nullable, ...rest } = node as Schema;
  const converted: Schema = {};
  for (const [key, value] of Object.entries(rest)) {
    converted[key] = key === '$ref' && typeof value === 'string' ? value.replace(/^#/, `${DOCUMENT_ID}#`) : toJsonSchema(value);
  }
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}

/** CONTRACT_LOG=file lists every checked answer (method, path template, status), to count them. */
function record(line: string): void {
  if (process.env.CONTRACT_LOG) appendFileSync(process.env.CONTRACT_LOG, `${line}\n`);
}

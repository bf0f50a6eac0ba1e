import { applyDecorators } from '@nestjs/common';
import { ApiExtraModels, ApiProperty, ApiPropertyOptional, ApiResponse, getSchemaPath, ResponseObject } from '@nestjs/swagger';

export const PROBLEM_JSON = 'application/problem+json';

/** One invalid input: the field (dotted path for nested bodies, the parameter name for query/path) and why. */
export class FieldErrorDto {
  @ApiProperty({ example: 'email' })
  field!: string;

  @ApiProperty({ example: 'email must be an email address' })
  message!: string;
}

/**
 * RFC 9457 problem details: the one error body of every route. `detail` is a sentence a frontend can
 * show as it is; `errors` lists the fields of a validation failure.
 */
export class ProblemDetailsDto {
  @ApiProperty({ example: 'https://game-platform-sync.dev/problems/validation', description: 'URI naming the kind of problem' })
  type!: string;

  @ApiProperty({ example: 'Bad Request', description: 'Short summary of the kind of problem' })
  title!: string;

  @ApiProperty({ example: 400, description: 'HTTP status code' })
  status!: number;

  @ApiProperty({ example: 'email must be an email address', description: 'What went wrong, for people' })
  detail!: string;

  @ApiProperty({ example: '/competitors', description: 'The request path' })
  instance!: string;

  @ApiProperty({ example: '5d1c1a4e-3b7f-4d9a-9a43-1c2f1f0e8a11', description: 'The x-request-id of the request, for support' })
  requestId!: string;

  @ApiPropertyOptional({ type: [FieldErrorDto], description: 'Per-field messages of a validation failure' })
  errors?: FieldErrorDto[];
}

const DESCRIPTIONS: Record<number, string> = {
  400: 'Invalid input; `errors` names each field',
  401: 'Missing, invalid or expired bearer token',
  403: 'The caller may not do this',
  404: 'Not found, or not visible to the caller',
  409: 'Conflicts with the current state',
  413: 'Request body too large',
  414: 'A path parameter is longer than 100 characters',
  415: 'Unsupported content type',
  429: 'Too many requests; see Retry-After',
  500: 'Unexpected failure: the detail says nothing internal; requestId finds it in the logs',
  503: 'This instance is shutting down, or a dependency is unavailable; retry later',
};

export type ProblemStatus = keyof typeof DESCRIPTIONS;

/** The OpenAPI response of one problem status: the ProblemDetails schema as application/problem+json. */
export function problemResponse(status: number, description = DESCRIPTIONS[status] ?? 'Error'): ResponseObject {
  return {
    description,
    ...(status === 429 && { headers: { 'Retry-After': { description: 'Seconds to wait before trying again', schema: { type: 'integer' } } } }),
    content: { [PROBLEM_JSON]: { schema: { $ref: getSchemaPath(ProblemDetailsDto) } } },
  };
}

/**
 * Documents the problem+json responses an operation can return. Pass `{ 404: 'Team not found' }`-style
 * overrides to say more than the default description. 401, 403 (from @Roles), 429, 414 and the body statuses
 * 400/413/415 are added to every operation they apply to when the document is built (docs/route-conventions.ts).
 */
export function ApiProblems(...statuses: (number | Record<number, string>)[]) {
  const entries = statuses.flatMap((entry): [number, string | undefined][] =>
    typeof entry === 'number' ? [[entry, undefined]] : Object.entries(entry).map(([status, text]) => [Number(status), text]),
  );
  return applyDecorators(
    ApiExtraModels(ProblemDetailsDto, FieldErrorDto),
    ...entries.map(([status, description]) => ApiResponse({ status, ...problemResponse(status, description) })),
  );
}

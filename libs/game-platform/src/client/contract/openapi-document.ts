/** The parts of an OpenAPI 3.x document the response checks read. */
export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, Record<string, unknown>>;
  components?: { schemas?: Record<string, OpenApiSchema>; responses?: Record<string, OpenApiResponse>; [section: string]: unknown };
  [field: string]: unknown;
}

/** An OpenAPI 3.0 or 3.1 Schema Object, or a reference to one. */
export type OpenApiSchema = { [keyword: string]: unknown };

/** An OpenAPI Response Object, or a reference to one. */
export interface OpenApiResponse {
  $ref?: string;
  description?: string;
  headers?: Record<string, unknown>;
  content?: Record<string, { schema?: OpenApiSchema }>;
}

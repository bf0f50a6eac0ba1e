import { OpenAPIObject } from '@nestjs/swagger';

/**
 * @nestjs/swagger wraps a named enum in `allOf: [{ $ref }]` even with nothing beside it. A one-element
 * allOf means the same as its element, and OpenAPI linters flag it, so it is replaced by the element.
 */
export function collapseSingleAllOf(document: OpenAPIObject): void {
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const schema = node as Record<string, unknown>;
    if (Array.isArray(schema.allOf) && schema.allOf.length === 1 && Object.keys(schema).length === 1) {
      Object.assign(schema, schema.allOf[0]);
      delete schema.allOf;
    }
    Object.values(schema).forEach(visit);
  };
  visit(document);
}

import Ajv from 'ajv';
import { COMPONENTS_ID, toJsonSchema } from './json-schema';

describe('toJsonSchema', () => {
  it('turns OpenAPI 3.0 nullable into a null type, also for enums', () => {
    expect(toJsonSchema({ type: 'string', nullable: true })).toEqual({ type: ['string', 'null'] });
    expect(toJsonSchema({ type: 'string', enum: ['a'], nullable: true })).toEqual({ type: ['string', 'null'], enum: ['a', null] });
    expect(toJsonSchema({ $ref: '#/components/schemas/Team', nullable: true })).toEqual({
      anyOf: [{ $ref: `${COMPONENTS_ID}#/definitions/Team` }, { type: 'null' }],
    });
    expect(toJsonSchema({ type: 'integer', nullable: false })).toEqual({ type: 'integer' });
  });

  it('keeps OpenAPI 3.1 type lists as they are', () => {
    expect(toJsonSchema({ type: ['integer', 'null'], description: 'd' })).toEqual({ type: ['integer', 'null'], description: 'd' });
  });

  it('converts nested schemas but not property names that look like keywords', () => {
    const schema = {
      type: 'object',
      properties: { example: { type: 'string', example: 'x' }, items: { type: 'array', items: { type: 'integer', nullable: true } } },
      additionalProperties: { type: 'string', 'x-vendor': 1 },
      allOf: [{ $ref: '#/components/schemas/Solve' }],
    };
    expect(toJsonSchema(schema)).toEqual({
      type: 'object',
      properties: { example: { type: 'string' }, items: { type: 'array', items: { type: ['integer', 'null'] } } },
      additionalProperties: { type: 'string' },
      allOf: [{ $ref: `${COMPONENTS_ID}#/definitions/Solve` }],
    });
  });

  it('turns OpenAPI 3.0 boolean exclusive bounds into numbers', () => {
    expect(toJsonSchema({ type: 'number', minimum: 0, exclusiveMinimum: true, maximum: 9, exclusiveMaximum: false })).toEqual({
      type: 'number',
      exclusiveMinimum: 0,
      maximum: 9,
    });
  });

  it('produces schemas Ajv compiles in strict mode', () => {
    const ajv = new Ajv({ strict: true });
    const validate = ajv.compile(toJsonSchema({ type: 'object', required: ['a'], properties: { a: { type: 'integer', nullable: true, example: 1 } } }));
    expect([validate({ a: null }), validate({ a: 1 }), validate({ a: 'x' }), validate({})]).toEqual([true, true, false, false]);
  });

  it('refuses references it cannot resolve', () => {
    expect(() => toJsonSchema({ $ref: 'other.yaml#/Team' })).toThrow(/Unsupported \$ref/);
  });
});

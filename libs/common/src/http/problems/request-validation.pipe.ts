import { ValidationPipe } from '@nestjs/common';
import { DECORATORS } from '@nestjs/swagger';
import { ValidationError, ValidatorOptions } from 'class-validator';
import { fieldErrorsOf, InvalidInputException } from './invalid-input.exception';

/**
 * The validation of every DTO: unknown fields refused, values transformed, failures answered as a
 * 400 naming each field. On top of class-validator, an explicit `null` is refused wherever the DTO's
 * schema does not declare the field `nullable`: `@IsOptional()` means "may be omitted", and a null
 * reaching a NOT NULL column would otherwise be a 500.
 */
export class RequestValidationPipe extends ValidationPipe {
  constructor() {
    super({
      whitelist: true,
      forbidNonWhitelisted: true,
      transform: true,
      stopAtFirstError: false,
      exceptionFactory: (errors) => new InvalidInputException(fieldErrorsOf(errors)),
    });
  }

  protected override async validate(object: object, options?: ValidatorOptions): Promise<ValidationError[]> {
    const errors = await super.validate(object, options);
    const failed = new Set(errors.map((error) => error.property));
    return [...errors, ...nullsNotAllowed(object).filter((error) => !failed.has(error.property))];
  }
}

function nullsNotAllowed(dto: object): ValidationError[] {
  const errors: ValidationError[] = [];
  for (const [property, value] of Object.entries(dto)) {
    if (value === null && !declaredNullable(dto, property)) {
      errors.push(validationError(property, value, { notNull: `${property} must not be null: omit it instead` }));
    } else if (Array.isArray(value) || isDto(value)) {
      const items: [string, unknown][] = Array.isArray(value) ? value.map((item, index) => [String(index), item]) : [['', value]];
      const children = items.flatMap(([index, item]) => {
        if (!isDto(item)) return [];
        const nested = nullsNotAllowed(item);
        return index === '' ? nested : nested.length ? [validationError(index, item, {}, nested)] : [];
      });
      if (children.length) errors.push(validationError(property, value, {}, children));
    }
  }
  return errors;
}

/** A class instance made by class-transformer from a nested DTO (plain objects are free-form payloads). */
function isDto(value: unknown): value is object {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype && !(value instanceof Date);
}

function declaredNullable(dto: object, property: string): boolean {
  const schema = Reflect.getMetadata(DECORATORS.API_MODEL_PROPERTIES, Object.getPrototypeOf(dto) as object, property) as { nullable?: boolean } | undefined;
  return schema?.nullable === true;
}

function validationError(property: string, value: unknown, constraints: Record<string, string>, children: ValidationError[] = []): ValidationError {
  return Object.assign(new ValidationError(), { property, value, constraints, children });
}

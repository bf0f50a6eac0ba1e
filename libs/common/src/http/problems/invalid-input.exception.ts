import { BadRequestException } from '@nestjs/common';
import { ValidationError } from 'class-validator';
import { FieldError } from './problem';

/** A 400 that names each offending field: the `errors` of the problem body. */
export class InvalidInputException extends BadRequestException {
  constructor(readonly errors: FieldError[]) {
    super(errors.map((error) => error.message).join('; '));
  }
}

/** class-validator's error tree as one list of dotted field paths (`members.0.name`) and messages. */
export function fieldErrorsOf(errors: ValidationError[], parent = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parent ? `${parent}.${error.property}` : error.property;
    return [...Object.values(error.constraints ?? {}).map((message) => ({ field, message })), ...fieldErrorsOf(error.children ?? [], field)];
  });
}

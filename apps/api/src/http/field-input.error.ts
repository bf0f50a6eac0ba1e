import { InvalidInputException } from '@app/common';

/**
 * Input that passed DTO validation but is still wrong (a range the wrong way round, a day that does
 * not exist): a 400 naming the field, shaped like a DTO validation failure.
 */
export class FieldInputError extends InvalidInputException {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super([{ field, message }]);
  }
}

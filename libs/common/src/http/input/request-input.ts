import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { InvalidInputException } from '../problems/invalid-input.exception';
import { parseBoundedJson } from './bounded-json';
import { unsafeInputFields } from './unsafe-text';

/**
 * Input no handler should ever see: JSON nested too deep (refused while parsing), and text that
 * PostgreSQL cannot store or keys that poison prototypes, in the path, the query or the body.
 */
export function refuseUnsafeInput(app: NestFastifyApplication): void {
  app.useBodyParser('application/json', {}, async (_request: unknown, body: Buffer) => parseBoundedJson(body));
  app
    .getHttpAdapter()
    .getInstance()
    .addHook('preValidation', async (request) => {
      const errors = [...unsafeInputFields(request.params, 'path'), ...unsafeInputFields(request.query, 'query'), ...unsafeInputFields(request.body, 'body')];
      if (errors.length > 0) throw new InvalidInputException(errors);
    });
}

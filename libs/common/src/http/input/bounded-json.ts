import { BadRequestException } from '@nestjs/common';

/** Deepest nesting of objects and arrays a JSON body may have. */
export const MAX_JSON_DEPTH = 32;

const OPEN_OBJECT = 0x7b;
const OPEN_ARRAY = 0x5b;
const CLOSE_OBJECT = 0x7d;
const CLOSE_ARRAY = 0x5d;
const QUOTE = 0x22;
const BACKSLASH = 0x5c;

/**
 * Parses a JSON request body after one flat pass over its bytes has checked the nesting depth, so
 * no recursive step (the parser, class-transformer, validation) ever sees a deeper document. An
 * empty body is no body.
 */
export function parseBoundedJson(body: Buffer): unknown {
  assertDepthWithin(body, MAX_JSON_DEPTH);
  const text = body.toString('utf8');
  if (text.trim() === '') return undefined;
  try {
    return JSON.parse(text);
  } catch {
    throw new BadRequestException('The request body is not valid JSON');
  }
}

function assertDepthWithin(body: Buffer, limit: number): void {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < body.length; index += 1) {
    const byte = body[index];
    if (inString) {
      if (byte === BACKSLASH) index += 1;
      else if (byte === QUOTE) inString = false;
    } else if (byte === QUOTE) {
      inString = true;
    } else if (byte === OPEN_OBJECT || byte === OPEN_ARRAY) {
      depth += 1;
      if (depth > limit) throw new BadRequestException(`The JSON body is nested more than ${limit} levels deep`);
    } else if (byte === CLOSE_OBJECT || byte === CLOSE_ARRAY) {
      depth -= 1;
    }
  }
}

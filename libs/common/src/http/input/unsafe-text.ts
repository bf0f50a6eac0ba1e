import { FieldError } from '../problems/problem';

// A NUL character, or half of a UTF-16 surrogate pair without its other half: PostgreSQL stores neither.
// eslint-disable-next-line no-control-regex -- matching the NUL control character is this expression's purpose.
const UNSAFE_TEXT = /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const POISONED_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * The fields of a parsed body, query or path that hold text no column can store (NUL, lone
 * surrogates) or prototype-poisoning keys. Walks with an explicit stack: no recursion on input.
 */
export function unsafeInputFields(input: unknown, root: string): FieldError[] {
  const errors: FieldError[] = [];
  const pending: [unknown, string][] = [[input, '']];
  while (pending.length > 0) {
    const [value, path] = pending.pop()!;
    const field = path || root;
    if (typeof value === 'string') {
      if (UNSAFE_TEXT.test(value)) errors.push({ field, message: `${field} contains a NUL character or invalid Unicode` });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value)) {
        const child = path ? `${path}.${key}` : key;
        if (UNSAFE_TEXT.test(key) || POISONED_KEYS.has(key)) errors.push({ field, message: `${field} has a field name that is not allowed` });
        else pending.push([item, child]);
      }
    }
  }
  return errors;
}

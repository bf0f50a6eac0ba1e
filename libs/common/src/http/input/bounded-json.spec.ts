import { BadRequestException } from '@nestjs/common';
import { MAX_JSON_DEPTH, parseBoundedJson } from './bounded-json';
import { unsafeInputFields } from './unsafe-text';

const parse = (text: string) => parseBoundedJson(Buffer.from(text));
const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;

describe('parseBoundedJson', () => {
  it('parses JSON up to the depth limit and refuses one level more', () => {
    expect(() => parse(nested(MAX_JSON_DEPTH))).not.toThrow();
    expect(() => parse(nested(MAX_JSON_DEPTH + 1))).toThrow(new BadRequestException(`The JSON body is nested more than ${MAX_JSON_DEPTH} levels deep`));
    expect(() => parse(nested(100_000))).toThrow(BadRequestException);
  });

  it('does not count brackets inside strings, escaped quotes included', () => {
    expect(parse(JSON.stringify({ text: '['.repeat(100), quoted: '"[[[[' + '{'.repeat(50) }))).toEqual({
      text: '['.repeat(100),
      quoted: '"[[[[' + '{'.repeat(50),
    });
    expect(parse('{"a":"\\\\"}')).toEqual({ a: '\\' });
  });

  it('answers malformed JSON with a 400 and an empty body with no body', () => {
    expect(() => parse('{"a":')).toThrow(new BadRequestException('The request body is not valid JSON'));
    expect(parse('  ')).toBeUndefined();
  });
});

describe('unsafeInputFields', () => {
  it('names the fields holding NUL characters, lone surrogates or poisoning keys, nested ones by path', () => {
    const input = JSON.parse('{"name":"a\\u0000","members":[{"nick":"x\\ud800"},{"nick":"ok \\ud83d\\ude00"}],"__proto__":1,"note":"fine"}');
    const fields = unsafeInputFields(input, 'body').map((error) => error.field);
    expect(fields.sort()).toEqual(['body', 'members.0.nick', 'name']);
    expect(unsafeInputFields({ search: 'Ada Lovelace' }, 'query')).toEqual([]);
    expect(unsafeInputFields('\udc00', 'body')).toEqual([{ field: 'body', message: 'body contains a NUL character or invalid Unicode' }]);
  });
});

import { preparedStatementNames } from './statement-names';

describe('preparedStatementNames', () => {
  const read = 'SELECT "id" FROM "public"."coaches" WHERE "id" = $1 LIMIT $2';

  it('names a read after its text: the same text, the same name; another text, another name', () => {
    const names = preparedStatementNames(10);
    const first = names({ sql: read });
    expect(first).toMatch(/^gps_[0-9a-f]{40}$/);
    expect(names({ sql: read })).toBe(first);
    expect(preparedStatementNames(10)({ sql: read })).toBe(first);
    expect(names({ sql: `  WITH x AS (SELECT 1) SELECT * FROM x` })).not.toBe(first);
  });

  it('leaves writes unnamed', () => {
    const names = preparedStatementNames(10);
    expect(names({ sql: 'INSERT INTO "coaches" ("id") VALUES ($1)' })).toBe('');
    expect(names({ sql: 'UPDATE "coaches" SET "email" = $1' })).toBe('');
  });

  it('names at most `limit` texts; those keep their names, later ones run unnamed; 0 names none', () => {
    const names = preparedStatementNames(2);
    const [a, b] = [names({ sql: 'SELECT 1' }), names({ sql: 'SELECT 2' })];
    expect(names({ sql: 'SELECT 3' })).toBe('');
    expect([names({ sql: 'SELECT 1' }), names({ sql: 'SELECT 2' })]).toEqual([a, b]);
    expect(preparedStatementNames(0)({ sql: read })).toBe('');
  });
});

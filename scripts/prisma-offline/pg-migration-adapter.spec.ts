import { normalizeCatalogFields, poolConfigFromUrl } from './pg-migration-adapter';

describe('normalizeCatalogFields', () => {
  it('reports "char" (18) and name (19) catalog columns as text (25) and leaves others alone', () => {
    const result = normalizeCatalogFields({
      fields: [
        { name: 'relkind', dataTypeID: 18 },
        { name: 'nspname', dataTypeID: 19 },
        { name: 'oid', dataTypeID: 26 },
        { name: 'count', dataTypeID: 20 },
      ],
    });
    expect(result.fields.map((f) => f.dataTypeID)).toEqual([25, 25, 26, 20]);
  });

  it('passes results without fields through (commands such as CREATE DATABASE)', () => {
    expect(normalizeCatalogFields(undefined)).toBeUndefined();
  });
});

describe('poolConfigFromUrl', () => {
  it('splits the URL into separate fields so another database name really applies', () => {
    const config = poolConfigFromUrl('postgresql://app%40x:p%3Ass@db.example:6543/main?schema=public', 'shadow_1');
    expect(config).toMatchObject({ host: 'db.example', port: 6543, user: 'app@x', password: 'p:ss', database: 'shadow_1' });
    expect(config).not.toHaveProperty('connectionString');
  });

  it('keeps the URL database and the default port when no other database is asked for', () => {
    expect(poolConfigFromUrl('postgresql://postgres@127.0.0.1/game_platform_sync')).toMatchObject({
      host: '127.0.0.1',
      port: 5432,
      database: 'game_platform_sync',
      password: undefined,
    });
  });

  it('honours a unix socket host given as a query parameter and sslmode=require', () => {
    const config = poolConfigFromUrl('postgresql://u@localhost/db?host=/var/run/postgresql&sslmode=require');
    expect(config.host).toBe('/var/run/postgresql');
    expect(config.ssl).toEqual({ rejectUnauthorized: false });
  });
});

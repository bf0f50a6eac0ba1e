'use strict';
// Driver adapter handed to @prisma/schema-engine-wasm. It reuses @prisma/adapter-pg and fixes what
// that adapter gets wrong for migrations (it is built for queries from the client):
// - catalog columns of type "char" (OID 18) and name (OID 19) have no column type mapping there;
// - its shadow-database pool spreads `database` next to `connectionString`, and pg lets the
//   connection string win, so the "shadow" pool would point at the main database;
// - it drops the shadow database while its own pool still holds connections to it;
// - it splits migration scripts on `;`, which breaks `$$` function bodies.
const { randomUUID } = require('node:crypto');
const pg = require('pg');
const { PrismaPg } = require('@prisma/adapter-pg');

const TEXT_OID = 25;
const CATALOG_TEXT_OIDS = new Set([18, 19]);

/** Reports catalog text-like columns ("char", name) as text so the adapter can map them. */
function normalizeCatalogFields(result) {
  if (!result || !Array.isArray(result.fields)) return result;
  for (const field of result.fields) {
    if (CATALOG_TEXT_OIDS.has(field.dataTypeID)) field.dataTypeID = TEXT_OID;
  }
  return result;
}

class CatalogTolerantClient extends pg.Client {
  query(config, values, callback) {
    const cb = [config, values, callback].find((arg) => typeof arg === 'function');
    if (cb) {
      const wrapped = (err, res) => cb(err, Array.isArray(res) ? res.map(normalizeCatalogFields) : normalizeCatalogFields(res));
      const args = [config, values, callback].filter((arg) => arg !== undefined).map((arg) => (arg === cb ? wrapped : arg));
      return super.query(...args);
    }
    const result = super.query(config, values);
    return result && typeof result.then === 'function'
      ? result.then((res) => (Array.isArray(res) ? res.map(normalizeCatalogFields) : normalizeCatalogFields(res)))
      : result;
  }
}

/**
 * Splits a postgres URL into the separate fields pg accepts, optionally for another database on
 * the same server. Separate fields are what make a pool for another database actually use it.
 */
function poolConfigFromUrl(connectionString, database) {
  const url = new URL(connectionString);
  const socketHost = url.searchParams.get('host');
  const sslmode = url.searchParams.get('sslmode');
  return {
    host: socketHost || decodeURIComponent(url.hostname) || 'localhost',
    port: url.port ? Number(url.port) : 5432,
    user: url.username ? decodeURIComponent(url.username) : undefined,
    password: url.password ? decodeURIComponent(url.password) : undefined,
    database: database ?? (decodeURIComponent(url.pathname.slice(1)) || undefined),
    ssl: sslmode && sslmode !== 'disable' && sslmode !== 'prefer' ? { rejectUnauthorized: sslmode === 'verify-full' } : undefined,
    Client: CatalogTolerantClient,
    max: 4,
  };
}

function schemaFromUrl(connectionString) {
  return new URL(connectionString).searchParams.get('schema') ?? undefined;
}

/** Opens a pool on `poolConfig` and wraps the pg adapter's connection for the schema engine. */
async function connectAdapter(poolConfig, schema, release) {
  const pool = new pg.Pool(poolConfig);
  const inner = await new PrismaPg(pool, { schema }).connect();
  let disposed = false;
  return {
    provider: inner.provider,
    adapterName: inner.adapterName,
    queryRaw: (query) => inner.queryRaw(query),
    executeRaw: (query) => inner.executeRaw(query),
    startTransaction: (isolationLevel) => inner.startTransaction(isolationLevel),
    getConnectionInfo: () => inner.getConnectionInfo(),
    // One query: PostgreSQL runs a multi-statement script itself, `$$` bodies included.
    executeScript: async (script) => {
      try {
        await pool.query(script);
      } catch (error) {
        inner.onError(error);
      }
    },
    dispose: async () => {
      if (disposed) return;
      disposed = true;
      await pool.end();
      if (release) await release();
    },
  };
}

/**
 * A migration-aware adapter factory (connect + connectToShadowDb) for the main database `url`.
 * Without `shadowDatabaseUrl`, a throw-away shadow database is created next to the main one.
 */
function createMigrationAdapterFactory({ url, shadowDatabaseUrl }) {
  const schema = schemaFromUrl(url);
  const open = new Set();
  const track = async (adapterPromise) => {
    const adapter = await adapterPromise;
    open.add(adapter);
    return adapter;
  };
  return {
    provider: 'postgres',
    adapterName: '@prisma/adapter-pg',
    /** Closes every connection still open, e.g. the one holding the migration advisory lock. */
    disposeAll: async () => {
      for (const adapter of open) await adapter.dispose();
      open.clear();
    },
    connect: () => track(connectAdapter(poolConfigFromUrl(url), schema)),
    connectToShadowDb: () => track(connectShadow()),
  };

  async function connectShadow() {
    if (shadowDatabaseUrl) return connectAdapter(poolConfigFromUrl(shadowDatabaseUrl), schemaFromUrl(shadowDatabaseUrl));
    const name = `prisma_migrate_shadow_db_${randomUUID()}`;
    const admin = new pg.Client(poolConfigFromUrl(url));
    await admin.connect();
    try {
      await admin.query(`CREATE DATABASE "${name}"`);
    } catch (error) {
      await admin.end();
      throw error;
    }
    // dispose() ends the shadow pool first, then drops the database it was connected to.
    return connectAdapter(poolConfigFromUrl(url, name), schema, async () => {
      try {
        await admin.query(`DROP DATABASE IF EXISTS "${name}"`);
      } finally {
        await admin.end();
      }
    });
  }
}

module.exports = { createMigrationAdapterFactory, normalizeCatalogFields, poolConfigFromUrl };

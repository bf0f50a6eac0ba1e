#!/usr/bin/env node
'use strict';
// Stands in for Prisma's native schema-engine binary (which is downloaded from the internet) when
// PRISMA_SCHEMA_ENGINE_BINARY points here. The prisma CLI spawns it with `--datamodels <file>...`
// and `--datasource <json>` and speaks JSON-RPC 2.0, one message per line, over stdin/stdout; each
// request runs in @prisma/schema-engine-wasm connected through the pg driver adapter. Also
// implements the one-shot `cli can-connect-to-database|create-database|drop-database` commands.
const fs = require('node:fs');
const path = require('node:path');
const readline = require('node:readline');
const { pathToFileURL } = require('node:url');
const { bindMigrationAwareSqlAdapterFactory } = require('@prisma/driver-adapter-utils');
const { createMigrationAdapterFactory, poolConfigFromUrl } = require('./pg-migration-adapter');
const pg = require('pg');

const WASM_DIR = path.dirname(require.resolve('@prisma/schema-engine-wasm'));
const DEFAULT_DATABASE_URL = 'postgresql://postgres@127.0.0.1:5432/game_platform_sync';
// Error code the native engine uses for every error response; the details travel in `data`.
const ENGINE_ERROR_CODE = 4466;
const NEEDS_MIGRATION_SCHEMA = new Set(['evaluateDataLoss', 'createMigration']);
const DATABASE_CHANGING = new Set(['applyMigrations', 'reset', 'schemaPush']);

/** Parses the arguments the CLI passes to the engine binary. */
function parseArgs(argv) {
  const args = { datamodels: [], datasource: {}, version: false, cliCommand: undefined };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--version' || arg === '-V') args.version = true;
    else if (arg === 'cli') args.cliCommand = argv[++i];
    else if (arg === '--datamodels') args.datamodels.push(argv[++i]);
    else if (arg === '--datasource') args.datasource = JSON.parse(argv[++i]);
    else if (arg.startsWith('--')) i++; // preview features, extension types: not used by the Wasm engine
  }
  return args;
}

// Lets a Wasm panic carry its message out of the engine (the bindings call set_message on it).
class PanicRegistry {
  message = '';
  set_message(message) {
    this.message = `RuntimeError: ${message}`;
  }
}
globalThis.PRISMA_WASM_PANIC_REGISTRY = new PanicRegistry();

let compiledModule;
let instanceCount = 0;

/** Bindings over a new Wasm instance (see engineFor for when one is needed). */
async function loadWasmEngine() {
  compiledModule ??= await WebAssembly.compile(fs.readFileSync(path.join(WASM_DIR, 'schema_engine_bg.wasm')));
  // A distinct module URL gives each instance its own copy of the bindings' module state.
  const bindingsUrl = `${pathToFileURL(path.join(WASM_DIR, 'schema_engine_bg.js')).href}?instance=${++instanceCount}`;
  const bindings = await import(bindingsUrl);
  const instance = await WebAssembly.instantiate(compiledModule, { './schema_engine_bg.js': bindings });
  bindings.__wbg_set_wasm(instance.exports);
  instance.exports.__wbindgen_start();
  return bindings;
}

function log(level, message) {
  process.stderr.write(`${JSON.stringify({ timestamp: new Date().toISOString(), level, fields: { message } })}\n`);
}

function send(message) {
  process.stdout.write(`${JSON.stringify({ jsonrpc: '2.0', ...message })}\n`);
}

function engineError(message, extra = {}) {
  return { code: ENGINE_ERROR_CODE, message: 'An error happened. Check the data field for details.', data: { is_panic: false, message, ...extra } };
}

/** Turns whatever the Wasm engine threw into the error object the CLI expects from the binary. */
function toRpcError(error, errorRegistry) {
  if (error instanceof WebAssembly.RuntimeError || error?.name === 'RuntimeError') {
    const message = globalThis.PRISMA_WASM_PANIC_REGISTRY.message || String(error.message);
    return { code: ENGINE_ERROR_CODE, message, data: { is_panic: true, message, backtrace: error.stack } };
  }
  if (error && typeof error === 'object' && 'code' in error) {
    return engineError(error.message, { error_code: error.code, meta: error.meta ?? {} });
  }
  // An exception thrown inside the adapter reaches the engine only as an id in this registry.
  const adapterError = errorRegistry?.registeredErrors?.filter(Boolean).at(-1)?.error;
  if (adapterError) return engineError(`${error?.message ?? error}\nCaused by: ${adapterError.stack ?? adapterError}`);
  return engineError(error instanceof Error ? error.message : String(error));
}

function quoteIdent(name) {
  return `"${name.replaceAll('"', '""')}"`;
}

/** Runs `statement` on the server's maintenance database (CREATE/DROP DATABASE are not in the Wasm engine). */
async function onMaintenanceDb(url, statement) {
  const admin = new pg.Client(poolConfigFromUrl(url, 'postgres'));
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

async function createDatabase(url) {
  const { database } = poolConfigFromUrl(url);
  await onMaintenanceDb(url, `CREATE DATABASE ${quoteIdent(database)}`);
  return { databaseName: database };
}

/** Maps a pg connection failure to the Prisma error code the CLI acts on (P1003 makes it create the database). */
function connectionErrorCode(error, url) {
  const { host, port, database } = poolConfigFromUrl(url);
  if (error.code === '3D000') return { error_code: 'P1003', message: `Database \`${database}\` does not exist on the database server at \`${host}:${port}\`.` };
  if (error.code === '28P01' || error.code === '28000')
    return { error_code: 'P1000', message: `Authentication failed against database server at \`${host}\`: ${error.message}` };
  return { error_code: 'P1001', message: `Can't reach database server at \`${host}:${port}\`: ${error.message}` };
}

/**
 * `engine --datasource <json> cli <command>`: one-shot commands. Failures are reported like the
 * native engine does: exit code 1 and, after a first line, JSON log lines on stderr with the error.
 */
async function runCliCommand(command, url) {
  try {
    if (command === 'can-connect-to-database') {
      const client = new pg.Client(poolConfigFromUrl(url));
      await client.connect();
      await client.end();
    } else if (command === 'create-database') {
      await createDatabase(url);
    } else if (command === 'drop-database') {
      await onMaintenanceDb(url, `DROP DATABASE ${quoteIdent(poolConfigFromUrl(url).database)}`);
    } else {
      throw new Error(`Unknown cli command: ${command}`);
    }
    return 0;
  } catch (error) {
    const fields = command === 'can-connect-to-database' ? connectionErrorCode(error, url) : { error_code: 'P1000', message: error.message };
    process.stderr.write(`schema-engine-wasm cli ${command}\n`);
    process.stderr.write(JSON.stringify({ timestamp: new Date().toISOString(), level: 'ERROR', target: 'schema_engine::logger', fields }));
    return 1;
  }
}

function databaseUrl(datasource) {
  return datasource.url || process.env.DATABASE_URL || DEFAULT_DATABASE_URL;
}

function createServer({ datamodels, datasource }) {
  const url = databaseUrl(datasource);
  const schemaFiles = datamodels.map((file) => [file, fs.readFileSync(file, 'utf8')]);
  const printReplies = new Map();
  let nextPrintId = 1;

  /** Asks the CLI to print text (how the native engine outputs `migrate diff` results). */
  function print(content) {
    const id = `print-${nextPrintId++}`;
    return new Promise((resolve) => {
      printReplies.set(id, resolve);
      send({ id, method: 'print', params: { content } });
    });
  }

  let current; // { engine, factory }
  let changedDatabase = false;

  async function startEngine() {
    const bindings = await loadWasmEngine();
    const adapters = createMigrationAdapterFactory({ url, shadowDatabaseUrl: datasource.shadowDatabaseUrl });
    const factory = bindMigrationAwareSqlAdapterFactory(adapters);
    try {
      const engine = await bindings.SchemaEngine.new({ datamodels: schemaFiles.length ? schemaFiles : undefined }, (line) => log('INFO', line), factory);
      return { engine, factory, adapters };
    } catch (error) {
      throw Object.assign(new Error('engine start failed'), { rpcError: toRpcError(error, factory.errorRegistry) });
    }
  }

  /**
   * One engine serves the requests while it can: its migration-schema cache, filled by a diagnostic
   * through the shadow-database factory, is what evaluateDataLoss and createMigration read (they
   * cannot reach the factory themselves). After the engine has changed the database (applied
   * migrations, reset), that instance fails its next diagnostics, so the next request gets a fresh
   * instance, whose cache is filled again by a diagnostic when the request needs it.
   */
  async function engineFor(method, params) {
    if (current && changedDatabase) {
      current.engine.free();
      // Its connections would keep holding the migration advisory lock the new instance waits for.
      await current.adapters.disposeAll();
      current = undefined;
    }
    if (current) return current;
    current = await startEngine();
    if (changedDatabase && NEEDS_MIGRATION_SCHEMA.has(method)) {
      await current.engine.devDiagnostic({ migrationsList: params.migrationsList, filters: params.filters ?? { externalTables: [], externalEnums: [] } });
    }
    changedDatabase = false;
    return current;
  }

  async function runOnEngine(method, params) {
    try {
      const { engine } = await engineFor(method, params);
      return await engine[method](params);
    } catch (error) {
      if (error.rpcError) throw error;
      const rpcError = toRpcError(error, current?.factory.errorRegistry);
      if (rpcError.data.is_panic) current = undefined; // a panicked instance must not be called again
      throw Object.assign(new Error('engine call failed'), { rpcError });
    } finally {
      if (DATABASE_CHANGING.has(method)) changedDatabase = true;
    }
  }

  async function handle(method, params) {
    switch (method) {
      case 'getDatabaseVersion':
        return runOnEngine('version', params);
      case 'createDatabase':
        return createDatabase(params?.datasource?.url ?? url);
      case 'diff': {
        const { stdout, ...rest } = await runOnEngine('diff', params);
        if (stdout) await print(stdout.replace(/\n$/, ''));
        return rest;
      }
      case 'applyMigrations':
      case 'createMigration':
      case 'dbExecute':
      case 'debugPanic':
      case 'devDiagnostic':
      case 'diagnoseMigrationHistory':
      case 'ensureConnectionValidity':
      case 'evaluateDataLoss':
      case 'introspect':
      case 'introspectSql':
      case 'markMigrationApplied':
      case 'markMigrationRolledBack':
      case 'reset':
      case 'schemaPush': {
        const result = await runOnEngine(method, params);
        return result ?? {};
      }
      default:
        throw Object.assign(new Error('unknown method'), { rpcError: { code: -32601, message: `Method not found: ${method}` } });
    }
  }

  return {
    /** The CLI's reply to a print request. */
    onReply(message) {
      printReplies.get(message.id)?.();
      printReplies.delete(message.id);
    },
    async onRequest(message) {
      try {
        send({ id: message.id, result: await handle(message.method, message.params) });
      } catch (error) {
        send({ id: message.id, error: error.rpcError ?? toRpcError(error) });
      }
    },
  };
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  if (args.version) {
    const { version } = await loadWasmEngine();
    process.stdout.write(`schema-engine-wasm ${version()}\n`);
    return;
  }
  if (args.cliCommand) {
    process.exitCode = await runCliCommand(args.cliCommand, databaseUrl(args.datasource));
    return;
  }
  const server = createServer(args);
  let queue = Promise.resolve();
  const input = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  input.on('line', (line) => {
    if (!line.trim()) return;
    const message = JSON.parse(line);
    // Replies are handled at once: the request they answer is waiting for them. Requests run one by one.
    if (message.method) queue = queue.then(() => server.onRequest(message));
    else server.onReply(message);
  });
  await new Promise((resolve) => input.once('close', resolve));
  await queue;
}

main().then(
  () => process.exit(),
  (error) => {
    log('ERROR', error.stack ?? String(error));
    process.exit(1);
  },
);

#!/usr/bin/env node
'use strict';
// Runs the prisma CLI with a schema engine that is actually there: an explicit
// PRISMA_SCHEMA_ENGINE_BINARY, else the native engine prisma downloaded into @prisma/engines,
// else the project's offline engine (scripts/prisma-offline, @prisma/schema-engine-wasm).
// Usage: node scripts/prisma.js <prisma arguments>
const fs = require('node:fs');
const path = require('node:path');
const { spawnSync } = require('node:child_process');

const OFFLINE_ENGINE = path.join(__dirname, 'prisma-offline', 'schema-engine.js');

function resolvePackageDir(name) {
  try {
    return path.dirname(require.resolve(`${name}/package.json`));
  } catch {
    return undefined;
  }
}

function nativeEngine() {
  const enginesDir = resolvePackageDir('@prisma/engines');
  if (!enginesDir) return undefined;
  const binary = fs.readdirSync(enginesDir).find((name) => name.startsWith('schema-engine'));
  return binary ? path.join(enginesDir, binary) : undefined;
}

function isExecutable(file) {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function selectEngine(env) {
  if (env.PRISMA_SCHEMA_ENGINE_BINARY) return { kind: 'configured', binary: env.PRISMA_SCHEMA_ENGINE_BINARY };
  const native = nativeEngine();
  if (native) return { kind: 'native', binary: native };
  // A checkout may lose the executable bit (archives, some copies); the CLI spawns the file directly.
  // Only fix it when missing: in a container the file is root's and the filesystem may be read-only.
  if (!isExecutable(OFFLINE_ENGINE)) fs.chmodSync(OFFLINE_ENGINE, 0o755);
  return { kind: 'offline', binary: OFFLINE_ENGINE };
}

const prismaDir = resolvePackageDir('prisma');
if (!prismaDir) {
  process.stderr.write('The prisma package is not installed: run `npm ci` first.\n');
  process.exit(1);
}
const engine = selectEngine(process.env);
if (process.env.DEBUG_PRISMA_ENGINE_SELECTION) process.stderr.write(`prisma schema engine: ${engine.kind} (${engine.binary})\n`);

const prismaCli = path.join(prismaDir, 'build', 'index.js');
const result = spawnSync(process.execPath, [prismaCli, ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, PRISMA_SCHEMA_ENGINE_BINARY: engine.binary, PRISMA_HIDE_UPDATE_MESSAGE: '1' },
});
if (result.error) throw result.error;
process.exit(result.status ?? 1);

const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Nest 12 and some of its dependencies ship ES modules only. Node 20 can require() them, but jest's
 * module loader cannot, so @swc/jest compiles exactly those packages (found by "type": "module") to CommonJS.
 * Packages that npm could not hoist sit in a nested node_modules (of a package or of a workspace):
 * those are searched too.
 */
function esmPackages(root = join(__dirname, 'node_modules')) {
  const names = readdirSync(root).flatMap((entry) =>
    entry.startsWith('@') ? readdirSync(join(root, entry)).map((name) => `${entry}/${name}`) : entry.startsWith('.') ? [] : [entry],
  );
  return names.flatMap((name) => {
    const manifest = join(root, name, 'package.json');
    const nested = join(root, name, 'node_modules');
    const own = existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).type === 'module' ? [name] : [];
    return [...own, ...(existsSync(nested) ? esmPackages(nested) : [])];
  });
}
const workspaceModules = readdirSync(join(__dirname, 'packages'))
  .map((name) => join(__dirname, 'packages', name, 'node_modules'))
  .filter((root) => existsSync(root));
const escapeRegExp = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** @type {import('jest').Config} */
module.exports = {
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,scripts}/**/*.spec.ts', '<rootDir>/test/**/*.e2e-spec.ts'],
  transform: {
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2023',
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, decoratorMetadata: true },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  // Ignored: any node_modules path whose package (at whatever nesting) is not one of the ES-module ones.
  transformIgnorePatterns: [
    `/node_modules/(?!(?:(?:@[^/]+/)?[^/]+/node_modules/)*(${[...new Set([esmPackages(), ...workspaceModules.map((root) => esmPackages(root))].flat())].map(escapeRegExp).join('|')})/)`,
  ],
  moduleNameMapper: {
    '^@app/(common|jobs|persistence|game-platform)$': '<rootDir>/libs/$1/src',
    '^@app/(common|jobs|persistence|game-platform)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  // A per-test ceiling, not a speed check: on a shared 2-core machine at load 10–20 a test that takes
  // 10 s alone can take several times that. Speed is measured by the benchmarks.
  testTimeout: 120000,
};

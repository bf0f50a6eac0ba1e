const { existsSync, readdirSync, readFileSync } = require('node:fs');
const { join } = require('node:path');

/**
 * Nest 12 and some of its dependencies ship ES modules only. Node 20 can require() them, but jest's
 * module loader cannot, so @swc/jest compiles exactly those packages (found by "type": "module") to CommonJS.
 */
function esmPackages(root = join(__dirname, 'node_modules')) {
  const names = readdirSync(root).flatMap((entry) =>
    entry.startsWith('@') ? readdirSync(join(root, entry)).map((name) => `${entry}/${name}`) : [entry],
  );
  return names.filter((name) => {
    const manifest = join(root, name, 'package.json');
    return existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).type === 'module';
  });
}
/** Workspace packages keep the dependencies that could not be hoisted in their own node_modules. */
function workspaceEsmPackages() {
  const packages = join(__dirname, 'packages');
  return readdirSync(packages)
    .map((name) => join(packages, name, 'node_modules'))
    .filter((root) => existsSync(root))
    .flatMap((root) => esmPackages(root));
}
const escape = (name) => name.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

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
  transformIgnorePatterns: [`/node_modules/(?!(${[...new Set([...esmPackages(), ...workspaceEsmPackages()])].map(escape).join('|')})/)`],
  moduleNameMapper: {
    '^@app/(common|jobs|persistence|game-platform)$': '<rootDir>/libs/$1/src',
    '^@app/(common|jobs|persistence|game-platform)/(.*)$': '<rootDir>/libs/$1/src/$2',
  },
  globalSetup: '<rootDir>/test/support/global-setup.ts',
  globalTeardown: '<rootDir>/test/support/global-teardown.ts',
  testTimeout: 30000,
};

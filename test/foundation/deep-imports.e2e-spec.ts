import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(__dirname, '../..');
const SOURCE_DIRS = ['apps', 'libs', 'test', 'scripts', 'bench'];
const SKIPPED_DIRS = new Set(['node_modules', 'dist', 'generated']);
/** First path segments under a package that are its build output or private sources, not its public API. */
const BUILD_DIRS = new Set(['cjs', 'esm', 'es', 'mjs', 'dist', 'lib', 'build', 'built', 'out', 'src', 'internal', 'types']);
/** `from 'x'`, `import 'x'`, `import('x')`, `require('x')`, `jest.mock('x')`. */
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(?\s*|\brequire\s*\(\s*|\bjest\.mock\s*\(\s*)['"]([^'"]+)['"]/g;

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    if (entry.isDirectory()) return SKIPPED_DIRS.has(entry.name) ? [] : sourceFiles(join(dir, entry.name));
    return /\.(c|m)?(t|j)s$/.test(entry.name) ? [join(dir, entry.name)] : [];
  });
}

/** `pkg/dist/x` or `@scope/pkg/lib/x` → the build directory it reaches into; null for a public entry. */
function buildPathOf(specifier: string): string | null {
  if (/^(\.|\/|node:|@app\/)/.test(specifier)) return null;
  const segments = specifier.split('/');
  const subpath = segments.slice(specifier.startsWith('@') ? 2 : 1);
  return subpath.length > 0 && BUILD_DIRS.has(subpath[0]) ? subpath[0] : null;
}

describe('imports of packages', () => {
  it('recognises build paths', () => {
    expect(['class-transformer/cjs/storage', 'ajv/dist/2020', '@scope/pkg/lib/x', 'ioredis/built/utils'].map(buildPathOf)).toEqual([
      'cjs',
      'dist',
      'lib',
      'built',
    ]);
    expect(['ajv', '@nestjs/common', 'rxjs/operators', '@prisma/client/runtime/client', './dist/x', 'node:fs'].map(buildPathOf)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it("never reach into a package's build output: only its public entry points", () => {
    const offenders = SOURCE_DIRS.flatMap((dir) => sourceFiles(join(ROOT, dir))).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(SPECIFIER)]
        .filter(([, specifier]) => buildPathOf(specifier) !== null)
        .map(([, specifier]) => `${relative(ROOT, file)}: ${specifier}`),
    );
    expect(offenders).toEqual([]);
  });
});

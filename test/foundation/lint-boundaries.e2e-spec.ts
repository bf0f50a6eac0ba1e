import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';

const ROOT = join(__dirname, '../..');
const PROBE = 'lint-boundary-probe';
/** The rules under test; parsing failures are kept beside them, so a case that expects nothing cannot pass unlinted. */
const BOUNDARY_RULES = ['local/no-import-from-directory', 'no-restricted-imports', 'no-restricted-syntax'];

/**
 * Lints each snippet as if saved at its path, with the repository's eslint.config.mjs, in one child process
 * (jest's module loader cannot import the ES-module config); prints the rule ids reported per snippet.
 * The snippets exist only in memory, so the type checker is told to take them into a project with the
 * repository's compiler options; the rules and the folders they apply to are the config's own.
 */
const LINT_SNIPPETS = `
import { readFileSync } from 'node:fs';
import { ESLint } from 'eslint';
const projectService = {
  allowDefaultProject: ['*/*/src/${PROBE}-*.ts'],
  defaultProject: 'tsconfig.json',
  maximumDefaultProjectFileMatchCount_THIS_WILL_SLOW_DOWN_LINTING: 64,
};
const eslint = new ESLint({ overrideConfig: { languageOptions: { parserOptions: { projectService } } } });
const reported = [];
for (const { file, code } of JSON.parse(readFileSync(0, 'utf8'))) {
  const [result] = await eslint.lintText(code, { filePath: file });
  reported.push(result.messages.map((message) => (message.fatal ? 'fatal: ' + message.message : message.ruleId)));
}
process.stdout.write(JSON.stringify(reported));
`;

const API = 'apps/api/src';
const WORKER = 'apps/worker/src';
const LIB = 'libs/game-platform/src';

const vendorClientImports: [string, string][] = [
  ['the client class through the @app/game-platform barrel', "import { GamePlatformClient } from '@app/game-platform';\nexport type C = GamePlatformClient;"],
  ['a client type, type-only', "import type { UserDto } from '@app/game-platform';\nexport type U = UserDto;"],
  ['the client folder by its alias path', "import { GamePlatformClient } from '@app/game-platform/client';\nexport type C = GamePlatformClient;"],
  [
    'the client file by a relative path',
    "import { GamePlatformClient } from '../../../libs/game-platform/src/client/game-platform.client';\nexport type C = GamePlatformClient;",
  ],
  ['the whole barrel as a namespace', "import * as gp from '@app/game-platform';\nexport type S = gp.SyncHealthService;"],
  ['a re-export of the client', "export { GamePlatformClient } from '@app/game-platform';"],
];
const deepImports: [string, string][] = [
  ["import storage from 'class-transformer/cjs/storage';\nexport default storage;", 'no-restricted-imports'],
  ["export { internal } from '@scope/pkg/lib/internal';", 'no-restricted-imports'],
  ["export const storage: unknown = require('class-transformer/cjs/storage');", 'no-restricted-syntax'],
  ["export const ajv = import('ajv/dist/2020');", 'no-restricted-syntax'],
];
const allowedInApi = "import { SyncHealthService, metadataDrift } from '@app/game-platform';\nexport const used = [SyncHealthService, metadataDrift];";
const clientInWorker = "import { GamePlatformClient } from '@app/game-platform';\nexport type C = GamePlatformClient;";
const publicEntries = [
  "import Ajv from 'ajv';",
  "import { map } from 'rxjs/operators';",
  "import { readFile } from 'node:fs/promises';",
  "import { SyncHealthService } from '@app/game-platform/sync-health';",
  'export const used = [Ajv, map, readFile, SyncHealthService];',
].join('\n');

/** Each snippet in a file of its own, named by its index: the type checker keeps every file it was given. */
const snippets = [
  ...vendorClientImports.map(([, code]) => ({ folder: API, code })),
  ...deepImports.map(([code]) => ({ folder: LIB, code })),
  { folder: API, code: allowedInApi },
  { folder: WORKER, code: clientInWorker },
  { folder: LIB, code: publicEntries },
].map(({ folder, code }, index) => ({ folder, file: join(ROOT, folder, `${PROBE}-${index}.ts`), code }));

describe('lint boundaries (eslint.config.mjs)', () => {
  const boundaryRules = new Map<string, string[]>();
  const rulesOf = (folder: string, code: string) => boundaryRules.get(`${folder}:${code}`)!;

  // The project service type-checks every snippet against the real sources: allow for a loaded 2-core machine.
  beforeAll(async () => {
    const linting = promisify(execFile)(process.execPath, ['--input-type=module', '-e', LINT_SNIPPETS], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
    linting.child.stdin!.end(JSON.stringify(snippets.map(({ file, code }) => ({ file, code }))));
    const reported = JSON.parse((await linting).stdout) as string[][];
    snippets.forEach(({ folder, code }, index) =>
      boundaryRules.set(
        `${folder}:${code}`,
        reported[index].filter((rule) => BOUNDARY_RULES.includes(rule) || rule.startsWith('fatal')),
      ),
    );
  }, 300_000);

  it.each(vendorClientImports)('apps/api may not import the vendor client: %s', (_case, code) => {
    expect(rulesOf(API, code)).toEqual(['local/no-import-from-directory']);
  });

  it('apps/api may import the rest of @app/game-platform', () => {
    expect(rulesOf(API, allowedInApi)).toEqual([]);
  });

  it('the worker may import the vendor client', () => {
    expect(rulesOf(WORKER, clientInWorker)).toEqual([]);
  });

  it.each(deepImports)("nothing imports a package's build output: %s", (code, rule) => {
    expect(rulesOf(LIB, code)).toEqual([rule]);
  });

  it('public entry points and subpaths are allowed', () => {
    expect(rulesOf(LIB, publicEntries)).toEqual([]);
  });
});

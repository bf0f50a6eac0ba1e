import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import openapiTS, { astToString } from 'openapi-typescript';
import { parse } from 'yaml';

const ROOT = resolve(__dirname, '..');
const CONTRACT = resolve(ROOT, 'libs/game-platform/contract/openapi.yaml');
const TARGET_DIR = resolve(ROOT, 'libs/game-platform/src/client/contract');
const HEADER = '// Generated from libs/game-platform/contract/openapi.yaml by `npm run contract:generate`. Do not edit.\n';

export interface GeneratedFile {
  path: string;
  contents: string;
}

/**
 * What the vendor client builds from the contract: its TypeScript types (openapi-typescript) and
 * the document itself as a module, so the runtime validator needs neither the YAML file nor a parser.
 */
export async function renderContractFiles(): Promise<GeneratedFile[]> {
  const source = readFileSync(CONTRACT, 'utf8');
  const types = astToString(await openapiTS(source, { alphabetize: false }));
  const document = JSON.stringify(parse(source), null, 2);
  return [
    { path: resolve(TARGET_DIR, 'openapi-types.generated.ts'), contents: `${HEADER}${types}` },
    {
      path: resolve(TARGET_DIR, 'openapi-document.generated.ts'),
      contents: `${HEADER}import type { OpenApiDocument } from './openapi-document';\n\nexport const openapiDocument: OpenApiDocument = ${document};\n`,
    },
  ];
}

import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { renderOpenApiDocument } from '../apps/api/src/docs/openapi-document';
import { renderClientTypes } from '../packages/api-client/scripts/render-types';

const OPENAPI_FILE = resolve(__dirname, '../openapi.json');
const CLIENT_TYPES_FILE = resolve(__dirname, '../packages/api-client/src/schema.ts');

/**
 * Writes the API's OpenAPI document to openapi.json and regenerates the typed client from it, without a
 * database, Redis or vendor. With a file argument, writes only the document, to that file.
 */
async function main() {
  const target = process.argv[2] ? resolve(process.argv[2]) : OPENAPI_FILE;
  const document = await renderOpenApiDocument();
  writeFileSync(target, document);
  console.log(`OpenAPI document written to ${target} (${Object.keys((JSON.parse(document) as { paths: object }).paths).length} paths)`);
  if (target !== OPENAPI_FILE) return;
  writeFileSync(CLIENT_TYPES_FILE, await renderClientTypes(document));
  console.log(`Client types written to ${CLIENT_TYPES_FILE}`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

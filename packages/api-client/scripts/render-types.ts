import openapiTS, { astToString } from 'openapi-typescript';

const BANNER = '// Generated from openapi.json by `npm run openapi` (openapi-typescript). Do not edit.\n\n';

/** The client's TypeScript types (paths, components, operations) for an OpenAPI document. */
export async function renderClientTypes(document: string): Promise<string> {
  const ast = await openapiTS(document, { alphabetize: true, silent: true });
  return BANNER + astToString(ast);
}

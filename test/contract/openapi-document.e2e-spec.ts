import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lintFromString, loadConfig } from '@redocly/openapi-core';
import { renderOpenApiDocument } from '../../apps/api/src/docs/openapi-document';
import { renderClientTypes } from '../../packages/api-client/scripts/render-types';

const ROOT = join(__dirname, '../..');
const committed = (file: string) => readFileSync(join(ROOT, file), 'utf8');
const REGENERATE = 'is out of date: run `npm run openapi` and commit openapi.json and packages/api-client/src/schema.ts';

/** The committed contract: openapi.json and the typed client generated from it (no database or network needed). */
describe('the committed OpenAPI document', () => {
  let generated: string;

  beforeAll(async () => {
    generated = await renderOpenApiDocument();
  });

  it('is what the code generates', () => {
    if (generated !== committed('openapi.json')) throw new Error(`openapi.json ${REGENERATE}`);
  });

  it('passes Redocly lint with the recommended rules (redocly.yaml), without an error or a warning', async () => {
    const config = await loadConfig({ configPath: join(ROOT, 'redocly.yaml') });
    const problems = await lintFromString({ source: committed('openapi.json'), absoluteRef: join(ROOT, 'openapi.json'), config });
    const describeProblem = (problem: (typeof problems)[number]) =>
      `${problem.severity} ${problem.ruleId}: ${problem.message} at ${problem.location[0]?.pointer}`;
    expect(problems.filter((problem) => !problem.ignored).map(describeProblem)).toEqual([]);
    // .redocly.lint-ignore.yaml may only excuse the health probes, which have no 4xx by design.
    expect(problems.filter((problem) => problem.ignored).map((problem) => `${problem.ruleId} ${problem.location[0]?.pointer}`)).toEqual([
      'operation-4xx-response #/paths/~1health~1live/get/responses',
      'operation-4xx-response #/paths/~1health~1ready/get/responses',
    ]);
  });

  it('has one schema per class name: no two Swagger-decorated classes share a name (their schemas would merge)', () => {
    const files = readdirSync(join(ROOT, 'apps/api/src'), { recursive: true, encoding: 'utf8' }).filter((file) => file.endsWith('.ts'));
    const owners = new Map<string, string[]>();
    for (const file of files) {
      const source = readFileSync(join(ROOT, 'apps/api/src', file), 'utf8');
      if (!source.includes('@ApiProperty')) continue;
      for (const [, name] of source.matchAll(/^(?:export )?class (\w+)/gm)) owners.set(name, [...(owners.get(name) ?? []), file]);
    }
    expect([...owners].filter(([, where]) => where.length > 1)).toEqual([]);
  });

  it('is what the typed client was generated from', async () => {
    const types = await renderClientTypes(committed('openapi.json'));
    if (types !== committed('packages/api-client/src/schema.ts')) throw new Error(`packages/api-client/src/schema.ts ${REGENERATE}`);
  });
});

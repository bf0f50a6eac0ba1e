import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppModule } from '../apps/api/src/app.module';
import { buildOpenApiDocument } from '../apps/api/src/docs/swagger';

/**
 * Writes the API's OpenAPI document to a file (default ./openapi.json) for the frontend teams.
 * Preview mode builds the module graph without instantiating providers: no database, Redis or vendor needed.
 */
async function main() {
  const target = resolve(process.argv[2] ?? 'openapi.json');
  const app = await NestFactory.create(AppModule, new FastifyAdapter(), { preview: true, logger: false });
  const document = buildOpenApiDocument(app);
  writeFileSync(target, `${JSON.stringify(document, null, 2)}\n`);
  await app.close();
  console.log(`OpenAPI document written to ${target} (${Object.keys(document.paths).length} paths)`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

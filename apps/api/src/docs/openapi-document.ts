import { NestFactory } from '@nestjs/core';
import { FastifyAdapter } from '@nestjs/platform-fastify';
import { AppModule } from '../app.module';
import { buildOpenApiDocument } from './swagger';

/**
 * The OpenAPI document as committed in openapi.json (pretty JSON, trailing newline). Preview mode builds
 * the module graph without instantiating providers: no database, Redis or vendor needed.
 */
export async function renderOpenApiDocument(): Promise<string> {
  const app = await NestFactory.create(AppModule, new FastifyAdapter(), { preview: true, logger: false });
  try {
    return `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`;
  } finally {
    await app.close();
  }
}

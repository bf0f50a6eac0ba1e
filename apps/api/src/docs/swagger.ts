import { INestApplication } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { routesOutsideNest } from '../http/routes-outside-nest';

export const DOCS_PATH = 'docs';

export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('game-platform-sync API')
    .setDescription(
      'Coach dashboard backend: competitor onboarding, teams and rosters, score sync and admin operations, ' +
        'mirrored to the MetaCTF game platform by background jobs. Every route except health and docs needs a bearer JWT.',
    )
    .setVersion(process.env.npm_package_version ?? '0.1.0')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  return SwaggerModule.createDocument(app, config);
}

/** Swagger UI at /docs and the JSON document at /docs/openapi.json. */
export function mountSwagger(app: NestFastifyApplication): void {
  routesOutsideNest(app.getHttpAdapter().getInstance(), `/${DOCS_PATH}`);
  SwaggerModule.setup(DOCS_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${DOCS_PATH}/openapi.json`,
    yamlDocumentUrl: `${DOCS_PATH}/openapi.yaml`,
  });
}

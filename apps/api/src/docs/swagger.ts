import { INestApplication } from '@nestjs/common';
import { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, OpenAPIObject, SwaggerModule } from '@nestjs/swagger';
import { FieldErrorDto, ProblemDetailsDto } from '../http/problem-details.dto';
import { applyRouteConventions } from './route-conventions';
import { collapseSingleAllOf } from './schema-cleanup';
import { routesOutsideNest } from '../http/routes-outside-nest';

export const DOCS_PATH = 'docs';

/**
 * The API's OpenAPI document. Each operationId is its controller method's name (unique across
 * controllers, e.g. `listTeams`), so ids stay stable and readable for generated clients.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('game-platform-sync API')
    .setDescription(
      'Coach dashboard backend: competitor onboarding, teams and rosters, score sync and admin operations, ' +
        'mirrored to the MetaCTF game platform by background jobs. Every route except health, the internal ' +
        'sync trigger and the Bull Board session needs a bearer JWT. Every error is an RFC 9457 ' +
        '`application/problem+json` body (ProblemDetailsDto).',
    )
    .setVersion(process.env.npm_package_version ?? '0.1.0')
    .setLicense('UNLICENSED (proprietary, all rights reserved)', 'https://spdx.org/licenses/')
    .setContact('game-platform-sync maintainers', '', '')
    .addServer('/', 'The server that serves this document (locally http://localhost:3000)')
    .addBearerAuth({ type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, 'bearer')
    .addSecurityRequirements('bearer')
    .build();
  const document = SwaggerModule.createDocument(app, config, {
    operationIdFactory: (_controller, method) => method,
    extraModels: [ProblemDetailsDto, FieldErrorDto],
  });
  applyRouteConventions(document, app);
  collapseSingleAllOf(document);
  return document;
}

/** Swagger UI at /docs and the JSON document at /docs/openapi.json. */
export function mountSwagger(app: NestFastifyApplication): void {
  routesOutsideNest(app.getHttpAdapter().getInstance(), `/${DOCS_PATH}`);
  SwaggerModule.setup(DOCS_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${DOCS_PATH}/openapi.json`,
    yamlDocumentUrl: `${DOCS_PATH}/openapi.yaml`,
  });
}

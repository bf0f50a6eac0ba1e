import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';
import { dependencyConfig } from '@app/common';
import { databaseConfig } from './persistence.config';
import { preparedStatementNames } from './statement-names';

/**
 * The Prisma client of the process, over a pg pool of DATABASE_POOL_SIZE connections. Getting a
 * connection gives up after DEPENDENCY_TIMEOUT_MS, so a PostgreSQL that is down fails fast; the pool
 * drops broken connections and opens new ones on demand, so it recovers by itself when it is back.
 * Reads run as named prepared statements (see statement-names.ts).
 */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleInit, OnApplicationShutdown {
  constructor(
    @Inject(databaseConfig.KEY) config: ConfigType<typeof databaseConfig>,
    @Inject(dependencyConfig.KEY) dependency: ConfigType<typeof dependencyConfig>,
  ) {
    super({
      adapter: new PrismaPg(
        { connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_SIZE, connectionTimeoutMillis: dependency.DEPENDENCY_TIMEOUT_MS },
        { statementNameGenerator: preparedStatementNames(config.DATABASE_PREPARED_STATEMENTS) },
      ),
    });
  }

  async onModuleInit(): Promise<void> {
    await this.$connect();
  }

  /** Last shutdown phase: queue workers finish their active jobs (beforeApplicationShutdown) before this. */
  async onApplicationShutdown(): Promise<void> {
    await this.$disconnect();
  }
}

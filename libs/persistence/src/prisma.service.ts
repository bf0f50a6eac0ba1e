import { Inject, Injectable, OnApplicationShutdown, OnModuleInit } from '@nestjs/common';
import type { ConfigType } from '@nestjs/config';
import { PrismaPg } from '@prisma/adapter-pg';
import { PrismaClient } from './generated/prisma/client';
import { databaseConfig } from './persistence.config';

/** The Prisma client of the process, over a pg pool of DATABASE_POOL_SIZE connections. */
@Injectable()
export class PrismaService extends PrismaClient implements OnModuleInit, OnApplicationShutdown {
  constructor(@Inject(databaseConfig.KEY) config: ConfigType<typeof databaseConfig>) {
    super({ adapter: new PrismaPg({ connectionString: config.DATABASE_URL, max: config.DATABASE_POOL_SIZE }) });
  }

  async onModuleInit(): Promise<void> {
    await this.$connect();
  }

  /** Last shutdown phase: queue workers finish their active jobs (beforeApplicationShutdown) before this. */
  async onApplicationShutdown(): Promise<void> {
    await this.$disconnect();
  }
}

import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { dependencyConfig } from '@app/common';
import { databaseConfig } from './persistence.config';
import { PrismaService } from './prisma.service';

@Global()
@Module({
  imports: [ConfigModule.forFeature(databaseConfig), ConfigModule.forFeature(dependencyConfig)],
  providers: [PrismaService],
  exports: [PrismaService],
})
export class PersistenceModule {}

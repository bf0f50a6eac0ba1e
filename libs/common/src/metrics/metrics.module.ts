import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { metricsConfig } from './metrics.config';
import { MetricsRegistry } from './metrics.registry';

/** One Prometheus registry per application; each app adds a thin GET /metrics controller. */
@Global()
@Module({
  imports: [ConfigModule.forFeature(metricsConfig)],
  providers: [MetricsRegistry],
  exports: [MetricsRegistry],
})
export class MetricsModule {}

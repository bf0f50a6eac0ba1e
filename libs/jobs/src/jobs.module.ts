import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { BullModule } from '@nestjs/bullmq';
import { redisConfig, redisOptionsFromUrl } from '@app/common';
import { DeadLetterStore } from './dead-letters/dead-letter.store';
import { JobQueueService } from './job-queue.service';
import { ProcessingSwitch } from './processing/processing-switch.service';
import { QueueName } from './job-names';
import { queueConfig } from './queue.config';

const DAY_SECONDS = 24 * 60 * 60;

/** Redis connection, every queue, JobQueueService, the processing switch and the dead-letter store; imported once by each app. */
@Module({})
export class JobsModule {
  static forRoot(): DynamicModule {
    const configs = [ConfigModule.forFeature(redisConfig), ConfigModule.forFeature(queueConfig)];
    return {
      module: JobsModule,
      global: true,
      imports: [
        ...configs,
        BullModule.forRootAsync({
          imports: configs,
          inject: [redisConfig.KEY, queueConfig.KEY],
          useFactory: (redis: ConfigType<typeof redisConfig>, queue: ConfigType<typeof queueConfig>) => ({
            connection: redisOptionsFromUrl(redis.REDIS_URL),
            prefix: redis.REDIS_KEY_PREFIX,
            defaultJobOptions: {
              removeOnComplete: { age: queue.QUEUE_COMPLETED_RETENTION_DAYS * DAY_SECONDS },
              removeOnFail: false,
            },
          }),
        }),
        BullModule.registerQueue(...Object.values(QueueName).map((name) => ({ name }))),
      ],
      providers: [JobQueueService, ProcessingSwitch, DeadLetterStore],
      exports: [JobQueueService, ProcessingSwitch, DeadLetterStore, BullModule, ...configs],
    };
  }
}

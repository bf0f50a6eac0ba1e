import { DynamicModule, Module } from '@nestjs/common';
import { ConfigModule, ConfigType } from '@nestjs/config';
import { BullModule } from '@nestjs/bullmq';
import { dependencyConfig, failFastRedisOptions, redisConfig, redisOptionsFromUrl } from '@app/common';
import { DeadLetterStore } from './dead-letters/dead-letter.store';
import { JobQueueService } from './job-queue.service';
import { ProcessingSwitch } from './processing/processing-switch.service';
import { QueueName } from './job-names';
import { queueConfig } from './queue.config';

const DAY_SECONDS = 24 * 60 * 60;

export interface JobsModuleOptions {
  /**
   * Queue commands fail at once while Redis is disconnected (and after part of DEPENDENCY_TIMEOUT_MS
   * when it does not answer) instead of waiting for it to come back: for a process that only
   * produces and reads jobs (the API). A worker must not set it: its
   * BullMQ workers inherit the queue's connection, and their blocking reads outlast any such timeout.
   */
  failFast?: boolean;
}

/** Redis connection, every queue, JobQueueService, the processing switch and the dead-letter store; imported once by each app. */
@Module({})
export class JobsModule {
  static forRoot(options: JobsModuleOptions = {}): DynamicModule {
    const configs = [ConfigModule.forFeature(redisConfig), ConfigModule.forFeature(queueConfig), ConfigModule.forFeature(dependencyConfig)];
    return {
      module: JobsModule,
      global: true,
      imports: [
        ...configs,
        BullModule.forRootAsync({
          imports: configs,
          inject: [redisConfig.KEY, queueConfig.KEY, dependencyConfig.KEY],
          useFactory: (redis: ConfigType<typeof redisConfig>, queue: ConfigType<typeof queueConfig>, dependency: ConfigType<typeof dependencyConfig>) => ({
            connection: redisOptionsFromUrl(redis.REDIS_URL, options.failFast ? failFastRedisOptions(dependency.DEPENDENCY_TIMEOUT_MS) : {}),
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

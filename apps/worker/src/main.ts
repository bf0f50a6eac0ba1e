import 'reflect-metadata';
import { ConfigType } from '@nestjs/config';
import { runHttpApp } from '@app/common';
import { createWorkerApp } from './bootstrap';
import { workerConfig } from './worker.config';

runHttpApp(createWorkerApp, (app) => app.get<ConfigType<typeof workerConfig>>(workerConfig.KEY).WORKER_HEALTH_PORT);

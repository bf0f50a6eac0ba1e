import 'reflect-metadata';
import { ConfigType } from '@nestjs/config';
import { runHttpApp } from '@app/common';
import { apiConfig } from './api.config';
import { createApiApp } from './bootstrap';

runHttpApp(createApiApp, (app) => app.get<ConfigType<typeof apiConfig>>(apiConfig.KEY).PORT);

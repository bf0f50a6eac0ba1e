import { Module } from '@nestjs/common';
import { FeatureFlagsModule } from '../feature-flags/feature-flags.module';
import { MeController } from './me.controller';
import { MeService } from './me.service';

/** GET /me: the current user and what the integration lets them do, for the frontend before any click. */
@Module({ imports: [FeatureFlagsModule], controllers: [MeController], providers: [MeService] })
export class MeModule {}

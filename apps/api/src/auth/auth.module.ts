import { Global, Module } from '@nestjs/common';
import { ConfigModule } from '@nestjs/config';
import { APP_GUARD } from '@nestjs/core';
import { authConfig } from './auth.config';
import { AuthGuard } from './auth.guard';
import { TokenVerifier } from './token-verifier.service';

@Global()
@Module({
  imports: [ConfigModule.forFeature(authConfig)],
  providers: [TokenVerifier, { provide: APP_GUARD, useClass: AuthGuard }],
  exports: [TokenVerifier],
})
export class AuthModule {}

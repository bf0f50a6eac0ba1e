import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { gamePlatformIntegrationConfig, integrationEnabled } from './integration.config';

export const INTEGRATION_DISABLED_MESSAGE =
  'The game platform integration is switched off (GAME_PLATFORM_INTEGRATION_ENABLED=false): nothing is sent to the game platform until an operator turns it on';

/** Raised instead of writing to the vendor while the master switch is off. */
export class IntegrationDisabledError extends Error {
  constructor() {
    super(INTEGRATION_DISABLED_MESSAGE);
    this.name = 'IntegrationDisabledError';
  }
}

/** The GAME_PLATFORM_INTEGRATION_ENABLED master switch, shared by the API (refuse requests) and the worker (refuse vendor writes). */
@Injectable()
export class IntegrationSwitch {
  readonly enabled: boolean;

  constructor(@Inject(gamePlatformIntegrationConfig.KEY) env: ConfigType<typeof gamePlatformIntegrationConfig>) {
    this.enabled = integrationEnabled(env);
  }

  /** Call before any vendor write. */
  assertWritesAllowed(): void {
    if (!this.enabled) throw new IntegrationDisabledError();
  }
}

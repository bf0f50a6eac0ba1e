import { IsBoolean, IsIn, IsOptional } from 'class-validator';
import { ToBoolean, validatedConfig } from '@app/common';

export class GamePlatformIntegrationEnv {
  @IsIn(['development', 'production', 'test'])
  NODE_ENV = 'development';

  /**
   * Master switch for every write to the game platform. Unset: off in production (soft launch
   * starts read-only), on in development and test.
   */
  @IsOptional()
  @ToBoolean()
  @IsBoolean({ message: 'GAME_PLATFORM_INTEGRATION_ENABLED must be true or false' })
  GAME_PLATFORM_INTEGRATION_ENABLED?: boolean;
}

export const gamePlatformIntegrationConfig = validatedConfig('gamePlatformIntegration', GamePlatformIntegrationEnv);

export function integrationEnabled(env: GamePlatformIntegrationEnv): boolean {
  return env.GAME_PLATFORM_INTEGRATION_ENABLED ?? env.NODE_ENV !== 'production';
}

import { GAME_PLATFORM_ROLLOUT_DEFAULTS, GAME_PLATFORM_ROLLOUT_FLAG } from '@app/game-platform';

/** Every feature flag the product reads, with the behaviour used while its row does not exist yet. */
export const FEATURE_FLAGS = {
  [GAME_PLATFORM_ROLLOUT_FLAG]: {
    description: 'Which coaches may trigger writes to the game platform (on top of GAME_PLATFORM_INTEGRATION_ENABLED)',
    defaults: GAME_PLATFORM_ROLLOUT_DEFAULTS,
  },
} as const;

export type FeatureFlagName = keyof typeof FEATURE_FLAGS;
export const FEATURE_FLAG_NAMES = Object.keys(FEATURE_FLAGS) as FeatureFlagName[];

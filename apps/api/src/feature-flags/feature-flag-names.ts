/** Every feature flag the product reads, with the behaviour used while its row does not exist yet. */
export const FEATURE_FLAGS = {
  game_platform_integration: {
    description: 'Which coaches may trigger writes to the game platform (on top of GAME_PLATFORM_INTEGRATION_ENABLED)',
    defaults: { enabled: true, rolloutPercentage: 100, pilotCoachIds: [] as string[] },
  },
} as const;

export type FeatureFlagName = keyof typeof FEATURE_FLAGS;
export const FEATURE_FLAG_NAMES = Object.keys(FEATURE_FLAGS) as FeatureFlagName[];

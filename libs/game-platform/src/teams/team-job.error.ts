/** A team job failure with a message for the team's sync error and whether retrying later may help. */
export class TeamJobError extends Error {
  override readonly name = 'TeamJobError';

  constructor(
    message: string,
    readonly retryable: boolean,
  ) {
    super(message);
  }
}

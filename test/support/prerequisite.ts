/**
 * A test that needs something outside the repository (a browser, a sibling checkout) runs through
 * this: where the prerequisite is missing it is skipped with a visible reason on a developer's
 * machine, and fails under CI=true, so a CI run never passes by skipping.
 */
export function requirePrerequisite(name: string, available: boolean, reason: string): jest.It {
  if (available) return it;
  if (process.env.CI === 'true') {
    return ((title: string) =>
      it(title, () => {
        throw new Error(`prerequisite missing under CI=true: ${name} (${reason})`);
      })) as jest.It;
  }
  console.warn(`skipped: prerequisite missing: ${name} (${reason}); CI=true makes this a failure`);
  return it.skip;
}

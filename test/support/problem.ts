/** The field messages of a problem+json validation answer (`errors[].message`). */
export function fieldMessages(body: object): string[] {
  return ((body as { errors?: { message: string }[] }).errors ?? []).map((error) => error.message);
}

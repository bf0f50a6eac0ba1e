export const DAY_MS = 86_400_000;

export const utcDayText = (day: Date): string => day.toISOString().slice(0, 10);

/** Every UTC day of [from, toExclusive) as YYYY-MM-DD. */
export function rangeDays(from: Date, toExclusive: Date): string[] {
  const days: string[] = [];
  for (let at = from.getTime(); at < toExclusive.getTime(); at += DAY_MS) days.push(utcDayText(new Date(at)));
  return days;
}

/** Per-day counts (YYYY-MM-DD → n) summed from the first day up to and including each day. */
export function runningTotals(counts: { day: string; n: number }[], days: string[]): number[] {
  const sorted = [...counts].sort((a, b) => a.day.localeCompare(b.day));
  let total = 0;
  let next = 0;
  return days.map((day) => {
    while (next < sorted.length && sorted[next].day <= day) total += sorted[next++].n;
    return total;
  });
}

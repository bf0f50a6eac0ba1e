import { flashReadReason, FlashReadContext, monthStart, safetyNetSlot } from './flash-read-plan';

const DAY = 24 * 60 * 60 * 1000;
const now = new Date('2026-11-20T12:00:00Z');
const target = (id: string, last: Date | null) => ({ competitorId: id, synedUserId: id, odlWatermarkUnix: null, lastFlashCtfSyncedAt: last });
const context = (overrides: Partial<FlashReadContext> = {}): FlashReadContext => ({
  storedBySentinels: new Set(),
  latestDetectionAt: null,
  now,
  fullSyncDays: 7,
  ...overrides,
});
const ids = Array.from({ length: 2000 }, (_, i) => `5eed0000-0000-4000-8000-${i.toString(16).padStart(12, '0')}`);

describe('flashReadReason', () => {
  it('reads a competitor never read, unless a sentinel stored it in this run', () => {
    expect(flashReadReason(target('a', null), context())).toBe('first');
    expect(flashReadReason(target('a', null), context({ storedBySentinels: new Set(['a']) }))).toBeNull();
  });

  it('reads everyone not read since the newest detection, however old the other windows are', () => {
    const detection = new Date(now.getTime() - 60_000);
    expect(flashReadReason(target('a', new Date(now.getTime() - 120_000)), context({ latestDetectionAt: detection }))).toBe('detection');
    expect(flashReadReason(target('a', detection), context({ latestDetectionAt: detection }))).toBeNull();
  });

  it('reads everyone not read since the month began', () => {
    expect(flashReadReason(target('a', new Date(monthStart(now).getTime() - 1)), context())).toBe('month');
  });

  it('reads each competitor once per safety-net period, at its own slot', () => {
    for (const id of ids.slice(0, 50)) {
      const slot = safetyNetSlot(id, now, 7);
      expect(slot.getTime()).toBeLessThanOrEqual(now.getTime());
      expect(now.getTime() - slot.getTime()).toBeLessThan(7 * DAY);
      // The period's slots all fall after the month began (the 13th to the 20th), so only the slot decides.
      expect(flashReadReason(target(id, new Date(slot.getTime() - 1)), context())).toBe('safety_net');
      expect(flashReadReason(target(id, slot), context())).toBeNull();
    }
  });

  it('spreads the safety-net reads over the period', () => {
    // Everyone read at the same moment: over the next 7 days, about a seventh becomes due each day.
    const readAt = new Date('2026-11-10T00:00:00Z');
    const perDay = Array.from({ length: 7 }, (_, day) => {
      const from = new Date(readAt.getTime() + day * DAY);
      const to = new Date(from.getTime() + DAY);
      return ids.filter((id) => safetyNetSlot(id, to, 7) > from).length;
    });
    for (const count of perDay) expect(count).toBeGreaterThan(2000 / 7 - 80);
    for (const count of perDay) expect(count).toBeLessThan(2000 / 7 + 80);
  });
});

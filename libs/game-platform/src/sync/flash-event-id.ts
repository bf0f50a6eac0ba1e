import { createHash } from 'node:crypto';
import { FlashCtfEventDto } from '../client';

/** The vendor's event id, or a stable one derived from name + start when the vendor omits it. */
export function flashEventId(event: FlashCtfEventDto): string {
  if (event.event_id) return event.event_id;
  const digest = createHash('sha256')
    .update(`${event.name}|${event.started_at ?? ''}`)
    .digest('hex');
  return `derived-${digest.slice(0, 32)}`;
}

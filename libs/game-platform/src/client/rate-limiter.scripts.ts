/*
 * One Redis hash per integration holds the limiter state shared by every process:
 *   tat     theoretical arrival time of the next request slot (µs, Redis clock)
 *   rate    effective requests/second (absent = the configured rate)
 *   cut_at  when a 429 last lowered the rate (µs)
 * The Redis clock (TIME) is used so processes on different hosts agree.
 */

const NOW = `
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000000 + tonumber(t[2])
`;

const EFFECTIVE_RATE = `
local configured = tonumber(ARGV[1])
local rate = tonumber(redis.call('HGET', KEYS[1], 'rate')) or configured
if rate > configured then rate = configured end
`;

/**
 * GCRA reservation of ARGV[4] consecutive slots (requests waiting at the same time in one process):
 * answers the first slot's offset from Redis's clock (µs, negative while burst allowance is left), that
 * clock's reading (µs), and the rate in force. Slot i is due at now + max(0, offset + i × 1e6 / rate) µs
 * of Redis's clock, exactly as if reserved one by one.
 */
export const ACQUIRE_SCRIPT = `${NOW}${EFFECTIVE_RATE}
local burst = tonumber(ARGV[2])
local ttl = tonumber(ARGV[3])
local count = tonumber(ARGV[4])
local interval = 1000000 / rate
local tat = tonumber(redis.call('HGET', KEYS[1], 'tat')) or now
if tat < now then tat = now end
local offset = tat - (burst - 1) * interval - now
redis.call('HSET', KEYS[1], 'tat', string.format('%.0f', tat + count * interval))
redis.call('PEXPIRE', KEYS[1], ttl)
return { math.floor(offset), now, tostring(rate) }
`;

/**
 * After a 429: halve the rate (at most once per ARGV[4] µs, so a burst of 429s seen by many processes
 * counts once, never below ARGV[2]) and hold every process back until Retry-After has passed.
 */
export const PENALIZE_SCRIPT = `${NOW}${EFFECTIVE_RATE}
local minRate = tonumber(ARGV[2])
local holdUs = tonumber(ARGV[3])
local spacingUs = tonumber(ARGV[4])
local ttl = tonumber(ARGV[5])
local cutAt = tonumber(redis.call('HGET', KEYS[1], 'cut_at')) or 0
if now - cutAt >= spacingUs then
  rate = math.max(minRate, rate / 2)
  redis.call('HSET', KEYS[1], 'rate', tostring(rate), 'cut_at', string.format('%.0f', now))
end
local tat = tonumber(redis.call('HGET', KEYS[1], 'tat')) or now
if tat < now + holdUs then
  redis.call('HSET', KEYS[1], 'tat', string.format('%.0f', now + holdUs))
end
redis.call('PEXPIRE', KEYS[1], ttl)
return tostring(rate)
`;

/** After a success while slowed down: regain ARGV[2] × configured rate (additive increase). */
export const RECOVER_SCRIPT = `${EFFECTIVE_RATE}
local step = tonumber(ARGV[2])
if redis.call('HEXISTS', KEYS[1], 'rate') == 0 then return tostring(configured) end
rate = rate + configured * step
if rate >= configured then
  redis.call('HDEL', KEYS[1], 'rate')
  return tostring(configured)
end
redis.call('HSET', KEYS[1], 'rate', tostring(rate))
return tostring(rate)
`;

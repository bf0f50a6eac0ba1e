import { unavailableDependency } from './dependency-errors';

describe('unavailableDependency', () => {
  it.each([
    [new Error("Stream isn't writeable and enableOfflineQueue options is false"), 'redis'],
    [new Error('Command timed out'), 'redis'],
    [Object.assign(new Error('Reached the max retries per request limit (which is 1).'), { name: 'MaxRetriesPerRequestError' }), 'redis'],
    [Object.assign(new Error('x'), { code: 'P1001' }), 'postgresql'],
    [Object.assign(new Error('x'), { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'DatabaseNotReachable' } } } }), 'postgresql'],
    [Object.assign(new Error('x'), { code: 'P2010', meta: { driverAdapterError: { cause: { kind: 'postgres', code: '57P01' } } } }), 'postgresql'],
    [new Error('timeout exceeded when trying to connect'), 'postgresql'],
    [new Error('Connection terminated unexpectedly'), 'postgresql'],
  ])('names the dependency of %s', (error, dependency) => {
    expect(unavailableDependency(error)).toBe(dependency);
  });

  it('leaves errors about the request itself alone', () => {
    expect(unavailableDependency(Object.assign(new Error('Unique constraint failed'), { code: 'P2002' }))).toBeNull();
    expect(unavailableDependency(new TypeError('x is undefined'))).toBeNull();
    expect(unavailableDependency('boom')).toBeNull();
  });
});

import { Writable } from 'node:stream';
import { createLogger } from './create-logger';
import { PinoLoggerService } from './pino-logger.service';

const sink = () => new Writable({ write: (_chunk, _encoding, done) => done() });

describe('PinoLoggerService.isLevelEnabled', () => {
  it('answers for Nest levels from the pino level', () => {
    const warnOnly = new PinoLoggerService(createLogger({ level: 'warn', pretty: false, name: 'spec' }, sink()));
    expect(warnOnly.isLevelEnabled('log')).toBe(false);
    expect(warnOnly.isLevelEnabled('verbose')).toBe(false);
    expect(warnOnly.isLevelEnabled('warn')).toBe(true);
    expect(warnOnly.isLevelEnabled('error')).toBe(true);
    const silent = new PinoLoggerService(createLogger({ level: 'silent', pretty: false, name: 'spec' }, sink()));
    expect(silent.isLevelEnabled('fatal')).toBe(false);
  });
});

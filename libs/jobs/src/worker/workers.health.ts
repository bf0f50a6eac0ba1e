import { Inject, Injectable } from '@nestjs/common';
import { ConfigType } from '@nestjs/config';
import { DiscoveryService } from '@nestjs/core';
import { HealthIndicatorService } from '@nestjs/terminus';
import { dependencyConfig, perCallBudgetMs, withTimeout } from '@app/common';
import { ProcessingSwitch } from '../processing/processing-switch.service';
import { findQueueProcessors } from './queue.processor';

/**
 * Readiness of the worker process: every queue's BullMQ worker is running. A queue an admin paused
 * is reported under "paused" but keeps readiness up: pausing is an operator decision, not a fault.
 */
@Injectable()
export class WorkersHealthIndicator {
  constructor(
    private readonly discovery: DiscoveryService,
    private readonly health: HealthIndicatorService,
    private readonly processing: ProcessingSwitch,
    @Inject(dependencyConfig.KEY) private readonly dependency: ConfigType<typeof dependencyConfig>,
  ) {}

  async check(key = 'workers') {
    const indicator = this.health.check(key);
    const processors = findQueueProcessors(this.discovery);
    const states = Object.fromEntries(processors.map((processor) => [processor.worker.name, processor.worker.isRunning() ? 'running' : 'stopped']));
    const stopped = Object.entries(states).filter(([, state]) => state !== 'running');
    if (processors.length === 0 || stopped.length > 0) {
      return indicator.down({ message: 'BullMQ workers are not running', queues: states });
    }
    // The paused flags live in Redis: when it does not answer, the redis check reports it, not this one.
    const processing = await withTimeout(this.processing.states(), perCallBudgetMs(this.dependency.DEPENDENCY_TIMEOUT_MS)).catch(() => []);
    return indicator.up({ queues: states, paused: processing.filter((state) => state.paused).map((state) => state.queue) });
  }
}

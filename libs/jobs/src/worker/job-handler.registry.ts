import { Injectable } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, Reflector } from '@nestjs/core';
import { JOB_HANDLER_METADATA } from '../job-handler.decorator';
import { JobName, QueueName } from '../job-names';
import { jobNamesOfQueue } from '../job-definitions';

type Handler = (payload: unknown, context: JobRunContext) => Promise<unknown>;

/** What a handler may know of the BullMQ job running it, without depending on BullMQ. */
export interface JobRunContext {
  jobId: string;
  attempt: number;
  maxAttempts: number;
  updateProgress(progress: number | object): Promise<void>;
}

/** Finds every @JobHandler method among the providers (once, on first use). */
@Injectable()
export class JobHandlerRegistry {
  private handlers?: Map<JobName, Handler>;

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
    private readonly reflector: Reflector,
  ) {}

  /** Throws unless every job type of `queue` has exactly one handler: the worker must not start half-wired. */
  assertHandled(queue: QueueName): void {
    const handlers = this.discover();
    const missing = jobNamesOfQueue(queue).filter((name) => !handlers.has(name));
    if (missing.length > 0) {
      throw new Error(`No @JobHandler for job type(s) ${missing.join(', ')} of queue "${queue}": the worker cannot start.`);
    }
  }

  handlerFor(name: string): Handler {
    const handler = this.discover().get(name as JobName);
    if (!handler) throw new Error(`Unknown job type "${name}"`);
    return handler;
  }

  private discover(): Map<JobName, Handler> {
    if (this.handlers) return this.handlers;
    const handlers = new Map<JobName, Handler>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      for (const methodName of this.scanner.getAllMethodNames(Object.getPrototypeOf(instance) as object)) {
        const method = instance[methodName] as Handler;
        const name = this.reflector.get<JobName | undefined>(JOB_HANDLER_METADATA, method);
        if (!name) continue;
        if (handlers.has(name)) throw new Error(`Job "${name}" has two @JobHandler methods; keep exactly one.`);
        handlers.set(name, method.bind(instance));
      }
    }
    this.handlers = handlers;
    return handlers;
  }
}

import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { ModuleRef } from '@nestjs/core';
import { Counter, Gauge, Histogram } from 'prom-client';
import { MetricsRegistry } from '@app/common';
import { GamePlatformClient, VendorCallEvent } from '../client';
import { VendorCallWindow } from './vendor-call-window';

const CIRCUIT_STATES = ['closed', 'open', 'half_open', 'isolated'] as const;

/**
 * Prometheus series of the vendor client of this process (requests by path and status, latency,
 * rate-limiter waits, breaker state) and the shared per-minute window the vendor 5xx alert reads.
 * The client is looked up, not injected: a process that never talks to the vendor simply has none.
 */
@Injectable()
export class VendorMetricsCollector implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly requests: Counter<'method' | 'path' | 'status' | 'outcome'>;
  private readonly latency: Histogram<'method' | 'path' | 'status'>;
  private readonly waits: Counter;
  private readonly waitSeconds: Counter;
  private unsubscribe?: () => void;

  constructor(
    private readonly moduleRef: ModuleRef,
    private readonly window: VendorCallWindow,
    private readonly metrics: MetricsRegistry,
  ) {
    const registers = [metrics];
    this.requests = new Counter({
      name: 'gps_vendor_requests_total',
      help: 'HTTP requests to the game platform by path and status (status "none": no answer)',
      labelNames: ['method', 'path', 'status', 'outcome'],
      registers,
    });
    this.latency = new Histogram({
      name: 'gps_vendor_request_duration_seconds',
      help: 'Game platform request latency by path and status',
      labelNames: ['method', 'path', 'status'],
      buckets: [0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
      registers,
    });
    this.waits = new Counter({ name: 'gps_vendor_rate_limit_waits_total', help: 'Requests that waited for the shared vendor rate limit', registers });
    this.waitSeconds = new Counter({
      name: 'gps_vendor_rate_limit_wait_seconds_total',
      help: 'Time spent waiting for the shared vendor rate limit',
      registers,
    });
  }

  onApplicationBootstrap(): void {
    const client = this.findClient();
    if (client) this.attach(client);
  }

  onApplicationShutdown(): void {
    this.unsubscribe?.();
  }

  /** Subscribes to a client's call events and exposes its breaker and limiter state. */
  attach(client: GamePlatformClient): void {
    this.unsubscribe = client.onCall((event) => this.observe(event));
    new Gauge({
      name: 'gps_vendor_circuit_state',
      help: '1 for the current state of the vendor circuit breaker',
      labelNames: ['state'],
      registers: [this.metrics],
      collect() {
        const current = client.stats().circuit;
        for (const state of CIRCUIT_STATES) this.set({ state }, state === current ? 1 : 0);
      },
    });
    new Gauge({
      name: 'gps_vendor_rate_limit_effective_rps',
      help: 'Vendor request rate currently allowed (lower than configured after a 429)',
      registers: [this.metrics],
      collect() {
        this.set(client.stats().rateLimiter.effectiveRps);
      },
    });
  }

  private observe(event: VendorCallEvent): void {
    const status = event.status === null ? 'none' : String(event.status);
    this.requests.inc({ method: event.method, path: event.path, status, outcome: event.outcome });
    this.latency.observe({ method: event.method, path: event.path, status }, event.durationMs / 1000);
    if (event.rateLimitWaitMs > 0) {
      this.waits.inc();
      this.waitSeconds.inc(event.rateLimitWaitMs / 1000);
    }
    this.window.record(event);
  }

  private findClient(): GamePlatformClient | undefined {
    try {
      return this.moduleRef.get(GamePlatformClient, { strict: false });
    } catch {
      return undefined;
    }
  }
}

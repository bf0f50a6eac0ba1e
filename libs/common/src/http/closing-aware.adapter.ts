import { ServiceUnavailableException } from '@nestjs/common';
import { FastifyAdapter } from '@nestjs/platform-fastify';

/**
 * Nest's Fastify adapter, remembering when the app starts closing: requests that still arrive are
 * refused with a 503 the problem filter answers (the adapter's own would be a body of another
 * shape), with `Connection: close` so the client moves to another instance.
 */
export class ClosingAwareFastifyAdapter extends FastifyAdapter {
  private closing = false;

  override beforeClose(): void {
    this.closing = true;
    super.beforeClose();
  }

  refuseRequestsWhileClosing(): void {
    this.getInstance().addHook('onRequest', async (request, reply) => {
      if (!this.closing) return;
      if (request.raw.httpVersionMajor !== 2) void reply.header('connection', 'close');
      throw new ServiceUnavailableException('The service is shutting down: retry the request');
    });
  }
}

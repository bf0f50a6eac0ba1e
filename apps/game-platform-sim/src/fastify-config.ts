declare module 'fastify' {
  interface FastifyContextConfig {
    /** The contract path a vendor route serves (without the base path); used for faults and counters. */
    contractPath?: string;
  }
}

export {};

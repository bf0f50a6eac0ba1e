# One image for the API, the worker, the vendor simulator and the migration command:
#   node dist/apps/api/src/main.js | node dist/apps/worker/src/main.js | node dist/apps/game-platform-sim/src/main.js
#   node scripts/prisma.js migrate deploy        (Prisma 7 with its offline schema engine: no download)
# NODE_IMAGE lets a machine without registry access substitute a locally built Node 20 image.
ARG NODE_IMAGE=node:20-bookworm-slim

FROM ${NODE_IMAGE} AS base
WORKDIR /app
ENV NPM_CONFIG_UPDATE_NOTIFIER=false NPM_CONFIG_FUND=false NPM_CONFIG_AUDIT=false
# Dependencies' install scripts never run: they would download engines; the project needs none.
COPY package.json package-lock.json ./
COPY packages/api-client/package.json ./packages/api-client/

FROM base AS build
RUN npm ci --ignore-scripts
COPY . .
RUN npm run build

FROM build AS production-deps
RUN npm prune --omit=dev --ignore-scripts

FROM base AS runtime
RUN apt-get update \
 && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends tini \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --system --uid 10001 --gid 0 --no-create-home app
ENV NODE_ENV=production CHECKPOINT_DISABLE=1 PRISMA_HIDE_UPDATE_MESSAGE=1
COPY --from=production-deps /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY prisma.config.ts ./
COPY prisma ./prisma
COPY scripts/prisma.js ./scripts/
COPY scripts/prisma-offline/*.js ./scripts/prisma-offline/
COPY deploy/docker/healthcheck.js ./deploy/docker/
USER 10001
EXPOSE 3000 3001 4010
# The API's liveness by default; compose and Kubernetes probe the worker and the simulator themselves.
HEALTHCHECK --interval=10s --timeout=5s --start-period=30s --retries=3 CMD ["node", "deploy/docker/healthcheck.js"]
ENTRYPOINT ["tini", "--"]
CMD ["node", "dist/apps/api/src/main.js"]

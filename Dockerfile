# syntax=docker/dockerfile:1
# Build stage: compile TypeScript with the dev dependencies, then keep only what runs.
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY tsconfig.json tsconfig.build.json ./
COPY src ./src
COPY jobs ./jobs
COPY locales ./locales
RUN npm run build && npm prune --omit=dev

# Run stage: no compiler, no dev dependencies, not root. The code stays owned by root, so the
# process cannot rewrite it.
FROM node:20-bookworm-slim
ENV NODE_ENV=production HTTP_PORT=8080
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# Read at run time, not compiled: the bundled feed catalogue (found next to package.json).
COPY --from=build /app/src/catalogue ./src/catalogue
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=20s --retries=3 \
  CMD node -e "fetch('http://127.0.0.1:'+process.env.HTTP_PORT+'/healthz').then(r=>process.exit(r.ok?0:1),()=>process.exit(1))"
# SIGTERM lets jobs in hand finish within SHUTDOWN_TIMEOUT_SECONDS (25 s): give the container
# longer than that to stop (compose: stop_grace_period; docker run: --stop-timeout 30).
STOPSIGNAL SIGTERM
# The container has no redis-server of its own: set REDIS_URL (compose.yaml does).
ENTRYPOINT ["node", "--enable-source-maps", "dist/src/cli.js"]
CMD ["run"]

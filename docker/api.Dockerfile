# syntax=docker/dockerfile:1
# JobBridge API image. Build from the repository root:
#   docker build -f docker/api.Dockerfile -t jobbridge-api .
# `npm run build` produces dist/api (NestJS) and dist/web (the SPA, which the API also serves at `/`).

# ---- build: full install, compile API and web ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
ENV NX_DAEMON=false NX_NO_CLOUD=true
# Lockfile first so the dependency layer is cached until it changes.
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
RUN npm run build

# ---- runtime: production dependencies + compiled output only ----
FROM node:20-bookworm-slim AS runtime
WORKDIR /app
ENV NODE_ENV=production PORT=3000 WEB_DIST_DIR=dist/web
COPY package.json package-lock.json ./
RUN npm ci --omit=dev --no-audit --no-fund && npm cache clean --force
COPY --from=build /app/dist ./dist
# Writable data directory for the unprivileged user (the API defaults DATA_DIR to .data).
RUN mkdir -p /app/.data && chown node:node /app/.data
# The official image ships an unprivileged `node` user (uid 1000).
USER node
EXPOSE 3000
# The slim image has no curl/wget; Node 20's global fetch does the probe.
HEALTHCHECK --interval=15s --timeout=5s --start-period=40s --retries=5 \
  CMD ["node", "-e", "fetch('http://localhost:3000/health').then(r=>process.exit(r.ok?0:1)).catch(()=>process.exit(1))"]
CMD ["node", "dist/api/apps/api/src/main.js"]

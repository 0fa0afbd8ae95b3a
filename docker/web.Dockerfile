# syntax=docker/dockerfile:1
# JobBridge web app: the SPA built with Vite and served by nginx, which proxies the API.
#   docker build -f docker/web.Dockerfile -t jobbridge-web .

# ---- build: the web app only ----
FROM node:20-bookworm-slim AS build
WORKDIR /app
COPY package.json package-lock.json ./
RUN npm ci --no-audit --no-fund
COPY . .
# Output goes to dist/web (set in apps/web/vite.config.ts).
RUN npx vite build --config apps/web/vite.config.ts

# ---- serve: static files + reverse proxy to the api service ----
FROM nginx:1.27-alpine
# Replaces the stock default server; our server listens on 8080.
COPY docker/nginx.conf /etc/nginx/conf.d/default.conf
COPY --from=build /app/dist/web /usr/share/nginx/html
EXPOSE 8080
HEALTHCHECK --interval=15s --timeout=5s --start-period=10s --retries=5 \
  CMD wget -q -O /dev/null http://127.0.0.1:8080/ || exit 1

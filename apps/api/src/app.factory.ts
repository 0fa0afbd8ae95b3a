import { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import express from 'express';
import expressStaticGzip from 'express-static-gzip';
import { Logger as PinoNestLogger } from 'nestjs-pino';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { AppModule, AppModuleOptions } from './app.module';
import { HttpExceptionFilter } from './common/http/http-exception.filter';
import { validationPipe } from './common/graphql/validation.pipe';
import { RedisIoAdapter } from './common/realtime/redis-io.adapter';

const API_PATHS = /^\/(graphql|health|socket\.io)(\/|$|\?)/;
/** Vite's output under assets/ carries a content hash in its name (name-HASH.js). */
const IMMUTABLE_ASSET = /[\\/]assets[\\/][^\\/]+-[\w-]{8}\.\w+$/;

/**
 * Builds the Nest application (GraphQL, socket.io, health) and, when the web app has been built, serves it from the
 * same origin with a history fallback, so one URL serves both.
 */
export async function createApp(options: AppModuleOptions): Promise<INestApplication> {
  // abortOnError false: a failure while building the app rejects, so main.ts can explain it instead of Nest aborting.
  const app = await NestFactory.create(AppModule.forRoot(options), { bufferLogs: true, abortOnError: false });
  app.useLogger(app.get(PinoNestLogger));
  // JSON bodies up to 1.5 MB: a report carries up to 3 photos of 190,000 characters each; everything else is far smaller
  // (documents are capped at 50,000 characters before parsing, and inputs by their validators).
  (app as NestExpressApplication).useBodyParser('json', { limit: '1.5mb' });
  app.useGlobalPipes(validationPipe);
  app.useGlobalFilters(new HttpExceptionFilter(options.logger));
  if (options.config.redisUrl) {
    const adapter = new RedisIoAdapter(app, options.config.redisUrl, options.config.redisKeyPrefix);
    await adapter.connect();
    app.useWebSocketAdapter(adapter);
  }
  // Behind nginx or a load balancer, the client's address (login limits, logs) comes from X-Forwarded-For.
  (app.getHttpAdapter().getInstance() as express.Express).set('trust proxy', options.config.trustProxy);
  const web = options.config.webDistDir;
  if (existsSync(join(web, 'index.html'))) {
    const server = app.getHttpAdapter().getInstance() as express.Express;
    // The build writes .br and .gz beside each asset (vite-plugin-compression2): served as the browser accepts, with
    // no compression work per request. Hashed assets never change under their name: cached for a year; index.html
    // (which names them) is revalidated on every load, so a new deploy is picked up at once.
    server.use(
      expressStaticGzip(web, {
        enableBrotli: true,
        orderPreference: ['br', 'gz'],
        index: false,
        serveStatic: {
          index: false,
          setHeaders: (res, path) =>
            res.setHeader('Cache-Control', IMMUTABLE_ASSET.test(path) ? 'public, max-age=31536000, immutable' : 'no-cache'),
        },
      }),
    );
    server.use((req, res, next) => {
      if (req.method !== 'GET' || API_PATHS.test(req.path) || req.path.includes('.')) return next();
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(join(web, 'index.html'));
    });
  }
  return app;
}

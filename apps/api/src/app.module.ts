import { ApolloDriver, ApolloDriverConfig } from '@nestjs/apollo';
import { DynamicModule, Global, MiddlewareConsumer, Module, NestModule } from '@nestjs/common';
import { APP_GUARD, APP_INTERCEPTOR } from '@nestjs/core';
import { GraphQLModule } from '@nestjs/graphql';
import { LoggerModule } from 'nestjs-pino';
import { randomUUID } from 'node:crypto';
import type { Logger } from 'pino';
import { DataSource } from 'typeorm';
import type { SearchEngine } from '@jobbridge/search';
import { AccessGuard } from './common/auth/access.guard';
import { PiiCipher } from './common/crypto/pii-cipher';
import { createErrorFormatter, errorLoggingPlugin } from './common/graphql/format-error';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { SearchCacheSource, searchResponseCachePlugin } from './common/graphql/search-response-cache.plugin';
import { SearchIndexModule } from './modules/search-index/search-index.module';
import { GraphqlBodyMiddleware } from './common/http/graphql-body.middleware';
import { IdArgumentsInterceptor } from './common/graphql/id-arguments.interceptor';
import { DEFAULT_REQUEST_LIMITS, requestLimitsPlugin } from './common/graphql/request-limits.plugin';
import type { GqlContext } from './common/auth/gql-context';
import { registerEnums } from './common/graphql/register-enums';
import { LoaderFactory } from './common/loaders/loaders';
import { APP_CONFIG, AppConfig } from './config/app-config';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { QueryCounter } from './database/query-counter';
import { ApplicationsModule } from './modules/applications/applications.module';
import { AuditModule } from './modules/audit/audit.module';
import { AuthModule } from './modules/auth/auth.module';
import { AuthService } from './modules/auth/auth.service';
import { EmployersModule } from './modules/employers/employers.module';
import { EmploymentSupportModule } from './modules/employment-support/employment-support.module';
import { GigsModule } from './modules/gigs/gigs.module';
import { HealthModule } from './modules/health/health.module';
import { JobSeekersModule } from './modules/job-seekers/job-seekers.module';
import { JobFairsModule } from './modules/job-fairs/job-fairs.module';
import { JobsModule } from './modules/jobs/jobs.module';
import { LiveRoomsModule } from './modules/live-rooms/live-rooms.module';
import { MatchingModule } from './modules/matching/matching.module';
import { NotificationsModule } from './modules/notifications/notifications.module';
import { OversightModule } from './modules/oversight/oversight.module';
import { ProjectsModule } from './modules/projects/projects.module';
import { RegionsModule } from './modules/regions/regions.module';
import { SEARCH_CACHE, WRAP_SEARCH_ENGINE } from './modules/search-index/search-engine.provider';
import { SavedSearchesModule } from './modules/saved-searches/saved-searches.module';
import { SearchModule } from './modules/search/search.module';
import { StatisticsModule } from './modules/statistics/statistics.module';
import { SubsidiesModule } from './modules/subsidies/subsidies.module';

export interface AppModuleOptions {
  config: AppConfig;
  dataSource: DataSource;
  logger: Logger;
  queryCounter?: QueryCounter;
  /** Where to write the generated SDL; in-memory when omitted. */
  schemaFile?: string;
  /** Fault-injection seam for tests: wraps the real search engine (e.g. to simulate an outage). */
  wrapSearchEngine?: (engine: SearchEngine) => SearchEngine;
}

/** "POST /graphql login 200 12ms": the GraphQL operation name when the client sent one. */
function requestLine(req: { method?: string; url?: string; originalUrl?: string; body?: unknown }, status: number, ms?: number): string {
  const body = req.body as { operationName?: unknown } | undefined;
  const op = body && typeof body.operationName === 'string' ? ` ${body.operationName.slice(0, 60)}` : '';
  return `${req.method} ${(req.originalUrl ?? req.url ?? '').slice(0, 200)}${op} ${status}${ms === undefined ? '' : ` ${Math.round(ms)}ms`}`;
}

/** A request slower than this is always logged, whatever LOG_REQUESTS says. */
const SLOW_REQUEST_MS = 1000;

function requestLogLevel(mode: AppConfig['logRequests']) {
  let seen = 0;
  return (req: IncomingMessage, res: ServerResponse, err?: Error): 'info' | 'silent' => {
    if (mode === 'all' || err || res.statusCode >= 400) return 'info';
    if (Date.now() - ((req as { startedAt?: number }).startedAt ?? 0) >= SLOW_REQUEST_MS) return 'info';
    return mode === 'sample' && ++seen % 100 === 0 ? 'info' : 'silent';
  };
}

/**
 * The most one request may cost (request-limits.plugin.ts): a page of 50 postings with their nested objects, or an
 * employer's room list with lineups (about 2,500), fits; 30 root reads of an unpaged list do not.
 */
export const MAX_QUERY_COMPLEXITY = 3000;
/** The web app's largest document is a few hundred tokens. */
export const MAX_QUERY_TOKENS = 5000;

registerEnums();

/** Infrastructure every feature uses: configuration, the data source, crypto, loaders. */
@Global()
@Module({})
class CoreModule {
  static forRoot(o: AppModuleOptions): DynamicModule {
    return {
      module: CoreModule,
      providers: [
        { provide: APP_CONFIG, useValue: o.config },
        { provide: WRAP_SEARCH_ENGINE, useValue: o.wrapSearchEngine ?? ((e: SearchEngine) => e) },
        { provide: DataSource, useValue: o.dataSource },
        { provide: QueryCounter, useValue: o.queryCounter ?? new QueryCounter() },
        { provide: PiiCipher, useValue: new PiiCipher(o.config.piiKey) },
        LoaderFactory,
      ],
      exports: [APP_CONFIG, WRAP_SEARCH_ENGINE, DataSource, QueryCounter, PiiCipher, LoaderFactory],
    };
  }
}

@Module({})
export class AppModule implements NestModule {
  configure(consumer: MiddlewareConsumer): void {
    consumer.apply(GraphqlBodyMiddleware).forRoutes('graphql');
  }

  static forRoot(o: AppModuleOptions): DynamicModule {
    return {
      module: AppModule,
      imports: [
        CoreModule.forRoot(o),
        LoggerModule.forRoot({
          pinoHttp: {
            logger: o.logger,
            // LOG_REQUESTS: every request (all), or only failed and slow ones (errors), or those and 1 in 100 (sample).
            // A skipped line costs nothing to format or write (ADR 0022).
            customLogLevel: requestLogLevel(o.config.logRequests),
            genReqId: (req, res) => {
              (req as { startedAt?: number }).startedAt = Date.now();
              const given = req.headers['x-request-id'];
              const id = typeof given === 'string' && /^[\w.:-]{1,100}$/.test(given) ? given : randomUUID();
              res.setHeader('x-request-id', id);
              return id;
            },
            autoLogging: { ignore: (req) => req.url === '/health' },
            // One short line per request: "POST /graphql login 200 12ms" with the request id; no headers or bodies.
            // Lines logged inside a request carry only its id (quietReqLogger).
            quietReqLogger: true,
            quietResLogger: true,
            customAttributeKeys: { reqId: 'reqId', responseTime: 'ms' },
            serializers: {
              req: (req: { method: string; url: string }) => ({ method: req.method, url: req.url }),
              res: (res: { statusCode: number }) => ({ statusCode: res.statusCode }),
            },
            customSuccessMessage: (req, res, ms) => requestLine(req, res.statusCode, ms),
            customErrorMessage: (req, res) => requestLine(req, res.statusCode),
          },
        }),
        GraphQLModule.forRootAsync<ApolloDriverConfig>({
          driver: ApolloDriver,
          imports: [AuthModule, SearchIndexModule],
          inject: [AuthService, LoaderFactory, SEARCH_CACHE],
          useFactory: (auth: AuthService, loaders: LoaderFactory, searchCache: SearchCacheSource) => ({
            autoSchemaFile: o.schemaFile ?? true,
            sortSchema: true,
            path: '/graphql',
            graphiql: o.config.env !== 'production',
            // The schema is public in apps/api/schema.gql; production does not serve it to anyone who asks.
            introspection: o.config.env !== 'production',
            // A token cap stops a pathological document (a 3,800-deep nesting) before the parser recurses into it.
            parseOptions: { maxTokens: MAX_QUERY_TOKENS },
            context: async ({ req }: { req: GqlContext['req'] }): Promise<GqlContext> => ({
              req,
              user: await auth.userFromAuthorization(req.headers.authorization),
              loaders: loaders.create(),
            }),
            formatError: createErrorFormatter(),
            plugins: [
              requestLimitsPlugin({ ...DEFAULT_REQUEST_LIMITS, maxComplexity: MAX_QUERY_COMPLEXITY }),
              errorLoggingPlugin(o.logger),
              searchResponseCachePlugin(searchCache),
              // No cache hints are used; the plugin would otherwise wrap every field's resolver (issue 16's profile).
              ApolloServerPluginCacheControlDisabled(),
            ],
          }),
        }),
        ApplicationsModule,
        AuditModule,
        AuthModule,
        EmployersModule,
        EmploymentSupportModule,
        GigsModule,
        HealthModule,
        JobSeekersModule,
        JobFairsModule,
        JobsModule,
        LiveRoomsModule,
        MatchingModule,
        NotificationsModule,
        OversightModule,
        ProjectsModule,
        RegionsModule,
        SavedSearchesModule,
        SearchModule,
        StatisticsModule,
        SubsidiesModule,
      ],
      providers: [
        { provide: APP_GUARD, useClass: AccessGuard },
        { provide: APP_INTERCEPTOR, useClass: IdArgumentsInterceptor },
      ],
    };
  }
}

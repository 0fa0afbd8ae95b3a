import { z } from 'zod';

/**
 * Every environment variable the API reads, validated once at boot.
 * `.env.example` at the repository root lists the same variables; keep them in step.
 */
const optionalUrl = (protocols: string[]) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v) => (v ? v : undefined))
    .refine((v) => v === undefined || protocols.some((p) => v.startsWith(p)), {
      message: `must start with ${protocols.join(' or ')}`,
    });

export const configSchema = z
  .object({
    NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
    HOST: z.string().default('0.0.0.0'),
    PORT: z.coerce.number().int().min(0).max(65535).default(3000),
    PUBLIC_URL: optionalUrl(['http://', 'https://']),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    DATABASE_URL: optionalUrl(['postgres://', 'postgresql://']),
    EMBEDDED_PG_DIR: z.string().default('.data/postgres'),
    EMBEDDED_PG_PORT: z.coerce.number().int().min(1024).max(65535).default(54329),
    DATA_DIR: z.string().default('.data'),
    REDIS_URL: optionalUrl(['redis://', 'rediss://']),
    REDIS_KEY_PREFIX: z.string().default('jobbridge:'),
    TRUST_PROXY: z.string().default('loopback').describe('Express "trust proxy": hops (1), subnets, or loopback'),
    MEILI_URL: optionalUrl(['http://', 'https://']),
    MEILI_MASTER_KEY: z.string().optional(),
    MEILI_INDEX: z
      .string()
      .regex(/^[A-Za-z0-9_-]+$/)
      .default('jobs'),
    SEARCH_SYNC_POLL_MS: z.coerce.number().int().min(0).default(1000),
    SEARCH_CACHE_MS: z.coerce
      .number()
      .int()
      .min(0)
      .max(60_000)
      .optional()
      .describe('identical searches within this many ms share one engine call (default 2000; 0 under NODE_ENV=test); 0 = off'),
    LOG_REQUESTS: z
      .enum(['all', 'errors', 'sample'])
      .default('all')
      .describe('request log lines: every request, only failed or slow ones, or those plus 1 in 100 of the rest'),
    /** How often the regional-statistics rollup looks for changed days (ms); 0 = only on demand (queries over today). */
    STATS_REFRESH_MS: z.coerce.number().int().min(0).default(300_000),
    JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
    JWT_TTL: z.string().default('7d'),
    PII_ENCRYPTION_KEY: z
      .string()
      .regex(/^[0-9a-fA-F]{64}$/, 'must be 64 hex characters (32 bytes)')
      .optional(),
    SEED_DEMO: z.enum(['true', 'false', 'auto']).default('auto').describe('auto = seed when using the embedded database'),
    /** A directory of extra subsidy policy packs (JSON), checked with the shipped ones at start. */
    SUBSIDY_PACKS_DIR: z.string().optional(),
    /** Load the demonstration pack (西峰区, 2024 on); auto = with the demo data. */
    SUBSIDY_DEMO_PACKS: z.enum(['true', 'false', 'auto']).default('auto'),
    WEB_DIST_DIR: z.string().default('dist/web'),
    LOGIN_MAX_FAILURES: z.coerce.number().int().min(1).default(5),
    LOGIN_WINDOW_SECONDS: z.coerce.number().int().min(1).default(900),
    LOGIN_MAX_FAILURES_PER_ADDRESS: z.coerce.number().int().min(1).default(100),
    LIVE_STATS_INTERVAL_MS: z.coerce.number().int().min(50).max(10_000).default(300),
    /** STUN/TURN servers for job-fair video talks, as JSON (RTCIceServer[]); none needed on one machine or a LAN. */
    RTC_ICE_SERVERS: z
      .string()
      .default('[]')
      .transform((v, ctx) => {
        try {
          const parsed = JSON.parse(v);
          if (Array.isArray(parsed) && parsed.every((s) => s && (typeof s.urls === 'string' || Array.isArray(s.urls)))) return parsed;
        } catch {
          /* reported below */
        }
        ctx.addIssue({ code: 'custom', message: 'RTC_ICE_SERVERS must be a JSON array of { urls, username?, credential? }' });
        return z.NEVER;
      }),
    LIVE_PRESENCE_TTL_MS: z.coerce
      .number()
      .int()
      .min(1000)
      .max(300_000)
      .default(30_000)
      .describe('viewers of a process that stops heartbeating are dropped after this'),
    LIVE_LIKES_PER_CONNECTION: z.coerce.number().int().min(1).default(50).describe('likes per second one connection may add'),
    LIVE_LIKES_PER_ADDRESS: z.coerce.number().int().min(1).default(600).describe('likes per 10 s one client address may add to a room'),
    LIVE_VIEWERS_PER_ADDRESS: z.coerce.number().int().min(1).default(60).describe('anonymous viewers of one address counted in a room'),
  })
  .superRefine((c, ctx) => {
    if (c.NODE_ENV === 'production') {
      for (const key of ['JWT_SECRET', 'PII_ENCRYPTION_KEY', 'DATABASE_URL'] as const) {
        if (!c[key]) ctx.addIssue({ code: 'custom', path: [key], message: 'is required when NODE_ENV=production' });
      }
    }
  });

export type RawConfig = z.infer<typeof configSchema>;

export class ConfigError extends Error {
  constructor(public readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}\nSee .env.example for every variable.`);
    this.name = 'ConfigError';
  }
}

export function parseConfig(env: NodeJS.ProcessEnv): RawConfig {
  const result = configSchema.safeParse(env);
  if (!result.success) {
    throw new ConfigError(result.error.issues.map((i) => `${i.path.join('.') || '(root)'} ${i.message}`));
  }
  return result.data;
}

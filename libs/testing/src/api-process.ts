import { ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';

const ROOT = join(__dirname, '../../..');

export interface ApiProcess {
  url: string;
  child: ChildProcess;
  stop(): Promise<void>;
  /** SIGKILL: the process dies without closing anything (as under an out-of-memory kill). Resolves once it exited. */
  crash(): Promise<void>;
}

/**
 * Starts a second (third …) API process on the same database, e.g. to test socket.io across processes through the
 * Redis adapter. `env` must hold DATABASE_URL and, for sharing live state, the same REDIS_URL and REDIS_KEY_PREFIX as
 * the first process. Resolves with its URL once it listens.
 */
export function startApiProcess(env: Record<string, string | undefined>, timeoutMs = 60_000): Promise<ApiProcess> {
  // API_NODE_ARGS: extra node flags for the child, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" to profile a bench.
  const nodeArgs = (process.env.API_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, '-r', '@swc-node/register', join(ROOT, 'apps/api/scripts/serve-api.ts')], {
    cwd: ROOT,
    env: {
      ...process.env,
      SWC_NODE_PROJECT: join(ROOT, 'apps/api/tsconfig.json'),
      NODE_ENV: 'test',
      PORT: '0',
      LOG_LEVEL: 'warn',
      WEB_DIST_DIR: '/nonexistent',
      ...env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  // Keeps the last 20 KB for error messages: a process logging every request would otherwise grow this without end.
  const keep = (chunk: Buffer) => (output = (output + chunk.toString()).slice(-20_000));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`API process did not start within ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    let listening = false;
    const onData = (chunk: Buffer) => {
      keep(chunk);
      if (listening) return;
      const m = /JOBBRIDGE_API_LISTENING (\S+)/.exec(output);
      if (m) {
        listening = true;
        clearTimeout(timer);
        resolve({
          url: m[1],
          child,
          stop: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGTERM');
              setTimeout(() => child.kill('SIGKILL'), 5000).unref();
            }),
          crash: () =>
            new Promise<void>((done) => {
              if (child.exitCode !== null || child.signalCode !== null) return done();
              child.once('exit', () => done());
              child.kill('SIGKILL');
            }),
        });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', keep);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`API process exited with ${code}:\n${output}`));
    });
  });
}

import { createTestApp, TestApp } from '@jobbridge/testing';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliCompressSync, gzipSync } from 'node:zlib';

/**
 * The built web app served from the API's own address (issue 10, first-screen speed): pre-compressed copies chosen by
 * the browser's Accept-Encoding, hashed assets cached for a year, the page itself revalidated, every app path answered
 * with index.html, and the API's own paths untouched.
 */
describe('serving the web app', () => {
  let t: TestApp;
  const dir = join(tmpdir(), `jobbridge-web-${process.pid}`);
  const script = 'console.log("就业通");'.repeat(100);

  beforeAll(async () => {
    mkdirSync(join(dir, 'assets'), { recursive: true });
    writeFileSync(join(dir, 'index.html'), '<!doctype html><div id="root"></div>');
    writeFileSync(join(dir, 'assets/index-AbC_12-x.js'), script);
    writeFileSync(join(dir, 'assets/index-AbC_12-x.js.br'), brotliCompressSync(script));
    writeFileSync(join(dir, 'assets/index-AbC_12-x.js.gz'), gzipSync(script));
    writeFileSync(join(dir, 'favicon.svg'), '<svg/>');
    t = await createTestApp({ env: { WEB_DIST_DIR: dir } });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const get = (path: string, headers: Record<string, string> = {}) =>
    fetch(`${t.url}${path}`, { headers: { 'accept-encoding': 'identity', ...headers } });

  it('sends the brotli copy to a browser that accepts it, gzip to one that accepts only gzip, the file to others', async () => {
    const br = await get('/assets/index-AbC_12-x.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(br.status).toBe(200);
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('content-type')).toMatch(/javascript/);
    expect(br.headers.get('vary')).toMatch(/Accept-Encoding/i);
    expect(await br.text()).toBe(script); // fetch decodes it
    const gz = await get('/assets/index-AbC_12-x.js', { 'accept-encoding': 'gzip' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(await gz.text()).toBe(script);
    const plain = await get('/assets/index-AbC_12-x.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(Number(plain.headers.get('content-length'))).toBe(Buffer.byteLength(script));
  });

  it('caches hashed assets for a year and revalidates everything else', async () => {
    expect((await get('/assets/index-AbC_12-x.js')).headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect((await get('/favicon.svg')).headers.get('cache-control')).toBe('no-cache');
    const page = await get('/jobs/some-id');
    expect(page.status).toBe(200);
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(await page.text()).toContain('<div id="root">');
  });

  it('leaves the API paths to the API', async () => {
    const health = await get('/health');
    expect(health.headers.get('content-type')).toMatch(/json/);
    const missing = await get('/assets/missing-AbC_12-x.js');
    expect(missing.status).toBe(404);
  });
});

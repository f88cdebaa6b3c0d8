import { mkdirSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { testHost } from '../../../helpers/testHost';

/** The host with a built interface of two files and a secret one level above it. */
const start = () =>
  testHost((renderer) => {
    mkdirSync(join(renderer, 'assets'));
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
    writeFileSync(join(renderer, '..', 'secret.txt'), 'no debe salir');
  });

interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** A raw HTTP request, so the tests control every header (fetch would add or forbid some). */
function send(port: number, path: string, options: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: options.method ?? 'GET', headers: options.headers }, (res) => {
      let body = '';
      res.on('data', (chunk: Buffer) => (body += chunk.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(options.body);
  });
}

const api = (token: string, input: unknown = {}) => ({
  method: 'POST',
  headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
  body: JSON.stringify({ input, meta: { locale: 'es' } }),
});

describe('browser-mode host', () => {
  it('listens on 127.0.0.1 only and prints an address that carries the token', async () => {
    const { url, port, token } = await start();
    expect(url).toBe(`http://127.0.0.1:${port}/?token=${token}`);
    expect(token.length).toBeGreaterThanOrEqual(40);
  });

  it('answers 401 to any /api/ call without the right token, before looking at anything else', async () => {
    const { port } = await start();
    const attempts: Record<string, string>[] = [{}, { authorization: 'Bearer wrong' }, { authorization: 'Basic abc' }];
    for (const headers of attempts) {
      const reply = await send(port, '/api/listCommuniques', { method: 'POST', headers, body: '{}' });
      expect(reply.status).toBe(401);
      expect(JSON.parse(reply.body)).toMatchObject({ ok: false, error: { code: 'UNAUTHORIZED' } });
    }
    // Unknown method, wrong verb, foreign Host: still 401 first, so nothing leaks to a caller without the token.
    expect((await send(port, '/api/noSuchMethod', { method: 'POST' })).status).toBe(401);
    expect((await send(port, '/api/listCommuniques', { method: 'GET' })).status).toBe(401);
    expect((await send(port, '/api/listCommuniques', { method: 'POST', headers: { host: 'evil.example' } })).status).toBe(401);
  });

  it('runs contract methods with the token and carries their results', async () => {
    const { port, token } = await start();
    const created = await send(port, '/api/createCommunique', api(token, { content: { title: 'Desde HTTP' } }));
    expect(created.status).toBe(200);
    expect(JSON.parse(created.body)).toMatchObject({ ok: true, value: { id: 1, content: { title: 'Desde HTTP' } } });
    const missing = await send(port, '/api/getCommunique', api(token, { id: 9 }));
    expect(missing.status).toBe(404);
    expect(JSON.parse(missing.body)).toEqual({ ok: false, error: { code: 'NOT_FOUND', message: 'No existe el comunicado 9.', details: { id: 9 } } });
    const invalid = await send(port, '/api/getCommunique', api(token, { id: 'nueve' }));
    expect(invalid.status).toBe(400);
  });

  it('refuses DNS-rebinding and cross-origin calls even with the token', async () => {
    const { port, token } = await start();
    const foreignHost = api(token);
    expect((await send(port, '/api/listSeries', { ...foreignHost, headers: { ...foreignHost.headers, host: `evil.example:${port}` } })).status).toBe(403);
    expect((await send(port, '/api/listSeries', { ...foreignHost, headers: { ...foreignHost.headers, origin: 'http://evil.example' } })).status).toBe(403);
    expect((await send(port, '/', { headers: { host: 'evil.example' } })).status).toBe(421);
  });

  it('takes only JSON bodies of reasonable size', async () => {
    const { port, token } = await start();
    const headers = { authorization: `Bearer ${token}` };
    expect((await send(port, '/api/listSeries', { method: 'POST', headers: { ...headers, 'content-type': 'text/plain' }, body: '{}' })).status).toBe(415);
    expect((await send(port, '/api/listSeries', { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: '{oops' })).status).toBe(
      400,
    );
    const huge = JSON.stringify({ input: { content: { title: 'x'.repeat(26 * 1024 * 1024) } } });
    expect(
      (await send(port, '/api/createCommunique', { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: huge })).status,
    ).toBe(413);
  });

  it('serves the built interface with the CSP, and nothing outside it', async () => {
    const { port } = await start();
    const index = await send(port, '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('<title>Redacta</title>');
    expect(index.headers['content-security-policy']).toContain("script-src 'self'");
    expect(index.headers['x-content-type-options']).toBe('nosniff');
    expect((await send(port, '/assets/app.js')).status).toBe(200);
    expect((await send(port, '/../secret.txt')).status).toBe(404);
    expect((await send(port, '/%2e%2e/secret.txt')).status).toBe(404);
    expect((await send(port, '/', { method: 'DELETE' })).status).toBe(405);
  });
});

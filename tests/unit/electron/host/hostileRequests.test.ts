import { describe, expect, it } from 'vitest';
import { rawHttp, statusOf } from '../../../helpers/rawHttp';
import { testHost } from '../../../helpers/testHost';

/** A request as an attacker writes it: every byte chosen. */
const request = (line: string, headers: Record<string, string>, body = '') =>
  `${line}\r\n${Object.entries({ ...headers, 'content-length': String(Buffer.byteLength(body)), connection: 'close' })
    .map(([name, value]) => `${name}: ${value}`)
    .join('\r\n')}\r\n\r\n${body}`;

/** Nested `depth` times: {"type":"blockquote","content":[…]} around one paragraph. */
function deepQuotes(depth: number): unknown {
  let node: unknown = { type: 'paragraph', content: [{ type: 'text', text: 'hondo' }] };
  for (let i = 0; i < depth; i++) node = { type: 'blockquote', content: [node] };
  return { type: 'doc', content: [node] };
}

describe('browser-mode host under hostile requests', () => {
  it('answers every malformed request line, path, header and body with an HTTP error and stays up', async () => {
    const { port, token } = await testHost();
    const host = { host: `127.0.0.1:${port}` };
    const withToken = { ...host, authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const cases: [string, string | Buffer][] = [
      ['absolute URL the parser cannot read', request('GET http://[ HTTP/1.1', host)],
      ['path //[', request('GET //[ HTTP/1.1', host)],
      ['API path //[', request('POST //[/api/x HTTP/1.1', withToken)],
      ['broken %-escape in the method name', request('POST /api/%E0%A4%A HTTP/1.1', withToken, '{}')],
      ['lone % in the method name', request('POST /api/% HTTP/1.1', withToken, '{}')],
      ['%00 in the path', request('GET /%00 HTTP/1.1', host)],
      ['a path of 20 KB', request(`GET /${'a'.repeat(20_000)} HTTP/1.1`, host)],
      ['headers of 40 KB', request('GET / HTTP/1.1', { ...host, 'x-big': 'b'.repeat(40_000) })],
      ['a header with a NUL', `GET / HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nX-Bad: a\u0000b\r\n\r\n`],
      ['no request line at all', '\r\n\r\n\r\n'],
      ['garbage bytes', Buffer.from([0x16, 0x03, 0x01, 0x00, 0xff, 0xfe, 0x00, 0x0d, 0x0a, 0x0d, 0x0a])],
      ['an unknown HTTP version', `GET / HTTP/9.9\r\nHost: 127.0.0.1:${port}\r\n\r\n`],
      [
        'a body nested 1,000 quotes deep',
        request('POST /api/createCommunique HTTP/1.1', withToken, JSON.stringify({ input: { content: { body: deepQuotes(1000) } } })),
      ],
      ['JSON nested 100,000 arrays deep', request('POST /api/listSeries HTTP/1.1', withToken, `${'['.repeat(100_000)}${']'.repeat(100_000)}`)],
      ['an envelope that is not an object', request('POST /api/listSeries HTTP/1.1', withToken, '"texto"')],
      ['meta of the wrong shape', request('POST /api/listSeries HTTP/1.1', withToken, '{"meta":{"locale":["es"],"session":{"a":1}}}')],
      [
        'a content-length that lies',
        `POST /api/listSeries HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nContent-Length: 999999\r\n\r\n{}`,
      ],
      ['two content-lengths', `POST /api/listSeries HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nContent-Length: 2\r\nContent-Length: 3\r\n\r\n{}`],
      [
        'chunked with a bad chunk size',
        `POST /api/listSeries HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\nAuthorization: Bearer ${token}\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
      ],
    ];
    for (const [what, bytes] of cases) {
      const reply = await rawHttp(port, bytes);
      const status = statusOf(reply);
      // Either an HTTP error or (for a lying content-length) a closed connection; never a crash, never 5xx with detail.
      expect.soft(status === 0 || (status >= 400 && status < 500), `${what}: ${reply.slice(0, 200)}`).toBe(true);
      expect.soft(reply, what).not.toMatch(/at .*\.(ts|js):\d+|RangeError|TypeError|URIError|SyntaxError|stack/);
    }
    // Still up and still right: a proper call after all of that.
    const after = await rawHttp(port, request('POST /api/listSeries HTTP/1.1', withToken, '{"input":{}}'));
    expect(statusOf(after)).toBe(200);
  });

  it('refuses a body nested too deep as bad input, in the person’s language, and stores nothing', async () => {
    const { port, token, test } = await testHost();
    const withToken = { host: `127.0.0.1:${port}`, authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const reply = await rawHttp(
      port,
      request('POST /api/createCommunique HTTP/1.1', withToken, JSON.stringify({ input: { content: { body: deepQuotes(1000) } }, meta: { locale: 'es' } })),
    );
    expect(statusOf(reply)).toBe(400);
    expect(reply).toContain('"code":"INVALID_INPUT"');
    expect(reply).toMatch(/anidad|profund/i);
    expect((await test.ok('listCommuniques', {})).length).toBe(0);
  });
});

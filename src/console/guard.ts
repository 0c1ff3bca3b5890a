import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { getCookie, setCookie } from 'hono/cookie';

/**
 * Who may talk to the console. Bound to a loopback address, any local page could still reach it
 * through a name that resolves to 127.0.0.1 (DNS rebinding) or post to it from another site
 * (CSRF); bound anywhere else, anyone on the network could. So:
 * - every request's `Host` must name this server by an IP literal, `localhost` or the host it was
 *   started on, with its port: a rebinding attacker's own name is refused;
 * - off loopback, every request carries the access token (from the printed URL, then a cookie);
 * - every request that changes something carries the session's anti-CSRF token in a header, which
 *   only a page served from here can read (no CORS headers are ever sent), and an `Origin`, when
 *   the browser sends one, that is this server.
 */
export interface GuardOptions {
  readonly host: string;
  readonly port: () => number;
  /** Required off loopback; undefined on loopback. */
  readonly accessToken?: string;
  readonly csrfToken: string;
}

export const ACCESS_COOKIE = 'tenant_scale_access';
export const CSRF_HEADER = 'x-csrf-token';

const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);
export const isLoopback = (host: string) => LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);

export const newToken = () => randomBytes(24).toString('base64url');

const same = (a: string | undefined, b: string) => a !== undefined && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/** The host part of a Host header (`[::1]:80` → `[::1]`) and its port. */
function splitHost(header: string): { name: string; port: string } {
  const m = header.match(/^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/);
  return { name: (m?.[1] ?? '').toLowerCase(), port: m?.[2] ?? '80' };
}

const isIpLiteral = (name: string) => /^\d+\.\d+\.\d+\.\d+$/.test(name) || /^\[[0-9a-f:.]+\]$/.test(name);

export function guard(options: GuardOptions): MiddlewareHandler {
  return async (c, next) => {
    const host = c.req.header('host') ?? '';
    const { name, port } = splitHost(host);
    const nameOk = name === 'localhost' || isIpLiteral(name) || name === options.host.toLowerCase();
    if (!nameOk || port !== String(options.port()))
      return c.json({ error: `refused: the Host header ${JSON.stringify(host)} does not name this console`, fix: 'open the URL the console printed' }, 403);
    if (options.accessToken) {
      const given = c.req.query('token');
      if (given !== undefined && same(given, options.accessToken)) {
        setCookie(c, ACCESS_COOKIE, options.accessToken, { httpOnly: true, sameSite: 'Strict', path: '/' });
        if (c.req.method === 'GET' && !c.req.path.startsWith('/api/')) return c.redirect(c.req.path, 303);
      } else if (!same(getCookie(c, ACCESS_COOKIE), options.accessToken)) {
        return c.json(
          {
            error: 'refused: this console is reachable from the network and needs its access token',
            fix: 'open the URL with ?token=… that `tenant-scale ui` printed',
          },
          403,
        );
      }
    }
    if (!['GET', 'HEAD'].includes(c.req.method)) {
      const origin = c.req.header('origin');
      if (origin !== undefined && origin !== `http://${host}`)
        return c.json({ error: `refused: a request from ${origin}, another site`, fix: 'use the console page itself' }, 403);
      if (!same(c.req.header(CSRF_HEADER), options.csrfToken))
        return c.json({ error: 'refused: the request lacks the session token', fix: 'reload the console page' }, 403);
    }
    c.header('X-Content-Type-Options', 'nosniff');
    c.header('X-Frame-Options', 'SAMEORIGIN');
    c.header('Referrer-Policy', 'no-referrer');
    await next();
  };
}

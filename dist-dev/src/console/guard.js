import { randomBytes, timingSafeEqual } from 'node:crypto';
import { getCookie, setCookie } from 'hono/cookie';
export const ACCESS_COOKIE = 'tenant_scale_access';
export const CSRF_HEADER = 'x-csrf-token';
const LOOPBACK = new Set(['127.0.0.1', '::1', 'localhost', '[::1]']);
export const isLoopback = (host) => LOOPBACK.has(host) || /^127\.\d+\.\d+\.\d+$/.test(host);
export const newToken = () => randomBytes(24).toString('base64url');
const same = (a, b) => a !== undefined && a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));
/** The host part of a Host header (`[::1]:80` → `[::1]`) and its port. */
function splitHost(header) {
    const m = header.match(/^(\[[^\]]+\]|[^:]+)(?::(\d+))?$/);
    return { name: (m?.[1] ?? '').toLowerCase(), port: m?.[2] ?? '80' };
}
const isIpLiteral = (name) => /^\d+\.\d+\.\d+\.\d+$/.test(name) || /^\[[0-9a-f:.]+\]$/.test(name);
export function guard(options) {
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
                if (c.req.method === 'GET' && !c.req.path.startsWith('/api/'))
                    return c.redirect(c.req.path, 303);
            }
            else if (!same(getCookie(c, ACCESS_COOKIE), options.accessToken)) {
                return c.json({
                    error: 'refused: this console is reachable from the network and needs its access token',
                    fix: 'open the URL with ?token=… that `tenant-scale ui` printed',
                }, 403);
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
//# sourceMappingURL=guard.js.map
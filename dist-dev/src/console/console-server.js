import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { UsageError } from '../index.js';
import { api } from './api.js';
import { guard, isLoopback, newToken } from './guard.js';
const TYPES = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript; charset=utf-8',
    '.css': 'text/css; charset=utf-8',
    '.png': 'image/png',
    '.svg': 'image/svg+xml',
};
// Scripts and styles from this server only: no CDN, no inline script a stored value could smuggle in.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; frame-ancestors 'self'";
/** `tenant-scale ui`: the web console, a client of the library's public entry point. */
export async function startConsole(options) {
    const host = options.host ?? '127.0.0.1';
    const requested = options.port ?? 4780;
    if (!Number.isInteger(requested) || requested < 0 || requested > 65535)
        throw new UsageError(`{{option:port}} must be a port number from 0 to 65535 (got ${requested})`, 'pass e.g. {{option:port}} 4780, or 0 for any free port');
    if (!existsSync(join(options.webRoot, 'index.html')))
        throw new UsageError(`the console's page is not built (no ${join(options.webRoot, 'index.html')})`, 'run npm run build');
    const files = new Map();
    for (const name of readdirSync(options.webRoot))
        files.set(`/${name}`, { body: readFileSync(join(options.webRoot, name)), type: TYPES[extname(name)] ?? 'application/octet-stream' });
    const accessToken = isLoopback(host) ? undefined : newToken();
    const csrfToken = newToken();
    let port = requested;
    const { app: apiApp, jobs, close: closeApi } = api({ store: options.store, config: options.config, csrfToken });
    const app = new Hono();
    app.use('*', guard({ host, port: () => port, ...(accessToken ? { accessToken } : {}), csrfToken }));
    app.route('/api', apiApp);
    app.get('*', (c) => {
        const file = files.get(c.req.path === '/' ? '/index.html' : c.req.path) ?? (c.req.path.includes('.') ? undefined : files.get('/index.html'));
        if (!file)
            return c.text('not found', 404);
        return c.body(new Uint8Array(file.body), 200, { 'content-type': file.type, 'content-security-policy': CSP, 'cache-control': 'no-store' });
    });
    const server = await new Promise((resolve, reject) => {
        const s = serve({ fetch: app.fetch, hostname: host, port: requested }, () => resolve(s));
        s.once('error', (err) => reject(err.code === 'EADDRINUSE'
            ? new UsageError(`port ${requested} on ${host} is in use`, 'pass another {{option:port}}, or 0 for any free port')
            : new UsageError(`cannot listen on ${host}:${requested}: ${err.message}`, 'pass a {{option:host}} of this machine, e.g. 127.0.0.1')));
    });
    port = server.address().port;
    const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
    return {
        url: `http://${shown}:${port}/${accessToken ? `?token=${accessToken}` : ''}`,
        port,
        async close() {
            await jobs.stopAll();
            const closed = new Promise((resolve) => server.close(() => resolve()));
            server.closeAllConnections?.();
            await closed;
            closeApi();
        },
    };
}
//# sourceMappingURL=console-server.js.map
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { type GraphStore, type ScaleConfig, UsageError } from '../index.js';
import { api } from './api.js';
import { guard, isLoopback, newToken } from './guard.js';

export interface ConsoleOptions {
  readonly store: GraphStore;
  readonly config: ScaleConfig;
  /** Address to listen on (default 127.0.0.1); anything but loopback requires the access token. */
  readonly host?: string;
  /** Port (default 4780; 0: any free port). */
  readonly port?: number;
  /** The bundled page (dist/web). */
  readonly webRoot: string;
  /** A second store the page copies tenants to and from (open; the caller closes it). */
  readonly otherStore?: GraphStore;
  /** Where a scale-down delete from the page writes its backup (default: the working folder). */
  readonly backupDir?: string;
  /** Largest file an import accepts from the page (default 1 GiB; larger files: the CLI). */
  readonly uploadLimitBytes?: number;
}

export interface RunningConsole {
  /** The URL to open (with the access token off loopback). */
  readonly url: string;
  readonly port: number;
  /** Stops every running operation (each rolls back) and the server. */
  close(): Promise<void>;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.png': 'image/png',
  '.svg': 'image/svg+xml',
};
// Scripts and styles from this server only: no CDN, no inline script a stored value could smuggle in.
const CSP = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; worker-src 'self' blob:; frame-ancestors 'self'";

/** `tenant-scale ui`: the web console, a client of the library's public entry point. */
export async function startConsole(options: ConsoleOptions): Promise<RunningConsole> {
  const host = options.host ?? '127.0.0.1';
  const requested = options.port ?? 4780;
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535)
    throw new UsageError(`{{option:port}} must be a port number from 0 to 65535 (got ${requested})`, 'pass e.g. {{option:port}} 4780, or 0 for any free port');
  if (!existsSync(join(options.webRoot, 'index.html')))
    throw new UsageError(`the console's page is not built (no ${join(options.webRoot, 'index.html')})`, 'run npm run build');
  if (options.backupDir !== undefined && !existsSync(options.backupDir))
    throw new UsageError(`{{option:backupDir}} ${options.backupDir} does not exist`, 'create the folder, or pass one that exists');
  const files = new Map<string, { body: Buffer; type: string }>();
  for (const name of readdirSync(options.webRoot))
    files.set(`/${name}`, { body: readFileSync(join(options.webRoot, name)), type: TYPES[extname(name)] ?? 'application/octet-stream' });

  const accessToken = isLoopback(host) ? undefined : newToken();
  const csrfToken = newToken();
  let port = requested;
  const {
    app: apiApp,
    jobs,
    close: closeApi,
  } = api({
    store: options.store,
    config: options.config,
    csrfToken,
    backupDir: resolve(options.backupDir ?? '.'),
    ...(options.otherStore ? { otherStore: options.otherStore } : {}),
    ...(options.uploadLimitBytes !== undefined ? { uploadLimitBytes: options.uploadLimitBytes } : {}),
  });
  const app = new Hono();
  app.use('*', guard({ host, port: () => port, ...(accessToken ? { accessToken } : {}), csrfToken }));
  app.route('/api', apiApp);
  app.get('*', (c) => {
    const file = files.get(c.req.path === '/' ? '/index.html' : c.req.path) ?? (c.req.path.includes('.') ? undefined : files.get('/index.html'));
    if (!file) return c.text('not found', 404);
    return c.body(new Uint8Array(file.body), 200, { 'content-type': file.type, 'content-security-policy': CSP, 'cache-control': 'no-store' });
  });

  const server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: host, port: requested }, () => resolve(s));
    s.once('error', (err: NodeJS.ErrnoException) =>
      reject(
        err.code === 'EADDRINUSE'
          ? new UsageError(`port ${requested} on ${host} is in use`, 'pass another {{option:port}}, or 0 for any free port')
          : new UsageError(`cannot listen on ${host}:${requested}: ${err.message}`, 'pass a {{option:host}} of this machine, e.g. 127.0.0.1'),
      ),
    );
  });
  port = (server.address() as AddressInfo).port;
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  return {
    url: `http://${shown}:${port}/${accessToken ? `?token=${accessToken}` : ''}`,
    port,
    async close() {
      await jobs.stopAll();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      (server as unknown as { closeAllConnections?: () => void }).closeAllConnections?.();
      await closed;
      closeApi();
    },
  };
}

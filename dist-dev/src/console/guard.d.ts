import type { MiddlewareHandler } from 'hono';
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
export declare const ACCESS_COOKIE = "tenant_scale_access";
export declare const CSRF_HEADER = "x-csrf-token";
export declare const isLoopback: (host: string) => boolean;
export declare const newToken: () => string;
export declare function guard(options: GuardOptions): MiddlewareHandler;

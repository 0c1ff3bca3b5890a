/** The console's API, from the page: JSON both ways, the session's anti-CSRF token on every change. */
export interface ApiError {
  readonly error: string;
  readonly fix?: string;
  readonly fields: readonly string[];
  readonly status: number;
}

export class ApiFailure extends Error {
  constructor(readonly body: ApiError) {
    super(body.error);
  }
}

let csrfToken = '';

/** The session's anti-CSRF token, for a request made without `post` (an upload). */
export const csrf = () => csrfToken;

export async function session(): Promise<{ store: { kind: string; target: string } }> {
  const s = await get<{ csrfToken: string; store: { kind: string; target: string } }>('/api/session');
  csrfToken = s.csrfToken;
  return s;
}

async function answer<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => ({ error: `${res.status} ${res.statusText}`, fields: [] }));
  if (!res.ok) throw new ApiFailure({ fields: [], ...body, status: res.status });
  return body as T;
}

export const get = async <T>(path: string): Promise<T> => answer<T>(await fetch(path, { credentials: 'same-origin' }));

export const post = async <T>(path: string, body: unknown): Promise<T> =>
  answer<T>(
    await fetch(path, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', 'x-csrf-token': csrfToken },
      body: JSON.stringify(body),
    }),
  );

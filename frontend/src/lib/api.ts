import type { Page, Problem } from '../api/types';
import { getToken } from './auth';
import { config } from './config';

export type Query = Record<string, string | number | boolean | null | undefined>;

/** An HTTP error; `problem` holds the RFC 9457 body when the server sent one. */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem | undefined;

  constructor(status: number, problem: Problem | undefined, fallback: string) {
    super(problem?.detail || problem?.title || fallback);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }

  /** Field-level errors by field name (first message wins). */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem?.errors ?? []) {
      if (e.field && !(e.field in out)) out[e.field] = e.message ?? '';
    }
    return out;
  }
}

export function buildUrl(base: string, path: string, query?: Query): string {
  const url = base.replace(/\/+$/, '') + (path.startsWith('/') ? path : '/' + path);
  if (!query) return url;
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) {
    if (v === undefined || v === null || v === '') continue;
    params.append(k, String(v));
  }
  const qs = params.toString();
  return qs ? `${url}?${qs}` : url;
}

/** `"3"` for version 3: the If-Match value the API expects. */
export function ifMatchFor(version: number | string): string {
  return `"${version}"`;
}

/** The version inside an ETag header (`W/"3"` or `"3"` -> `3`). */
export function versionFromEtag(etag: string | null | undefined): string | undefined {
  if (!etag) return undefined;
  const m = /^(?:W\/)?"?([^"]*)"?$/.exec(etag.trim());
  return m ? m[1] : undefined;
}

export interface RequestOptions {
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  query?: Query;
  body?: unknown;
  ifMatch?: string;
  headers?: Record<string, string>;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  data: T;
  status: number;
  etag: string | undefined;
}

async function authHeaders(): Promise<Record<string, string>> {
  const token = await getToken();
  return token ? { Authorization: `Bearer ${token}` } : {};
}

async function toError(res: Response): Promise<ApiError> {
  let problem: Problem | undefined;
  const ct = res.headers.get('content-type') ?? '';
  if (ct.includes('json')) {
    try {
      problem = (await res.json()) as Problem;
    } catch {
      problem = undefined;
    }
  }
  return new ApiError(res.status, problem, `HTTP ${res.status}`);
}

export async function requestFull<T>(path: string, opts: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = {
    Accept: 'application/json, application/problem+json',
    ...(await authHeaders()),
    ...opts.headers,
  };
  let body: BodyInit | undefined;
  if (opts.body instanceof FormData) {
    body = opts.body;
  } else if (opts.body !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(opts.body);
  }
  if (opts.ifMatch) headers['If-Match'] = opts.ifMatch;
  const res = await fetch(buildUrl(config().apiUrl, path, opts.query), {
    method: opts.method ?? 'GET',
    headers,
    body,
    signal: opts.signal,
  });
  if (!res.ok) throw await toError(res);
  let data: unknown = undefined;
  if (res.status !== 204) {
    const text = await res.text();
    data = text ? JSON.parse(text) : undefined;
  }
  return { data: data as T, status: res.status, etag: res.headers.get('etag') ?? undefined };
}

export async function request<T>(path: string, opts: RequestOptions = {}): Promise<T> {
  return (await requestFull<T>(path, opts)).data;
}

/**
 * GET a list endpoint ({items, page, size, total}) with the maximum page size (1000).
 * The API omits null fields, so absent parts of the envelope are filled here.
 */
export async function list<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<Page<T>> {
  const q = { size: 1000, page: 0, ...query };
  return toPage<T>(await request<Partial<Page<T>> | undefined>(path, { query: q, signal }), Number(q.page), Number(q.size));
}

/**
 * Every item of a list endpoint, page after page of 1000: one request while the list is no
 * longer (a municipality's values of a year for a grid of schools × indicators).
 */
export async function listAll<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<Page<T>> {
  const first = await list<T>(path, { ...query, page: 0 }, signal);
  const items = [...first.items];
  for (let page = 1; items.length < first.total; page++) {
    const next = await list<T>(path, { ...query, page }, signal);
    if (next.items.length === 0) break;
    items.push(...next.items);
  }
  return { items, page: 0, size: items.length, total: first.total };
}

export function toPage<T>(body: Partial<Page<T>> | undefined, page = 0, size = 0): Page<T> {
  const items = body?.items ?? [];
  return { items, page: body?.page ?? page, size: body?.size ?? size, total: body?.total ?? items.length };
}

/** Fetches a file with the token and hands it to the browser as a download. */
export async function download(path: string, query: Query | undefined, fallbackName: string): Promise<void> {
  const res = await fetch(buildUrl(config().apiUrl, path, query), { headers: await authHeaders() });
  if (!res.ok) throw await toError(res);
  const blob = await res.blob();
  const cd = res.headers.get('content-disposition') ?? '';
  // the Russian name of RFC 5987 (filename*) before the plain ASCII one
  const m = /filename\*=UTF-8''([^;]+)/i.exec(cd) ?? /filename="?([^";]+)"?/i.exec(cd);
  const name = m ? decodeURIComponent(m[1].trim()) : fallbackName;
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** GET a text resource (an HTML report) with the caller's token; problems as {@link ApiError}. */
export async function requestText(path: string, query?: Query, signal?: AbortSignal): Promise<string> {
  const res = await fetch(buildUrl(config().apiUrl, path, query), { headers: await authHeaders(), signal });
  if (!res.ok) throw await toError(res);
  return res.text();
}

export function isApiError(e: unknown, status?: number): e is ApiError {
  return e instanceof ApiError && (status === undefined || e.status === status);
}

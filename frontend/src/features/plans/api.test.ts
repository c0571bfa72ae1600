import { afterEach, describe, expect, it, vi } from 'vitest';
import { isApiError } from '../../lib/api';
import { changeStatus, fetchActivities, reopenPlan, uploadEvidence } from './api';
import { activityQuery, evidenceRefusal, groupBoard } from './model';

vi.mock('../../lib/auth', () => ({ getToken: async () => 'token' }));
vi.mock('../../lib/config', () => ({ config: () => ({ apiUrl: 'http://api/api/v1' }) }));

const json = (status: number, body: unknown, type = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': type } });

afterEach(() => vi.unstubAllGlobals());

describe('requests against mock data', () => {
  it('a board is one GET /activities with the filters, however many cards it shows', async () => {
    const items = Array.from({ length: 40 }, (_, i) => ({
      code: `a${i}`,
      plan: 'kem-2024',
      title: `Мероприятие ${i}`,
      status: (['planned', 'in_progress', 'done', 'cancelled'] as const)[i % 4],
      overdue: i % 4 === 0 && i < 8,
    }));
    const fetch = vi.fn(async () => json(200, { items, page: 0, size: 1000, total: 40 }));
    vi.stubGlobal('fetch', fetch);
    const page = await fetchActivities(activityQuery({ municipality: 'kemerovo', overdue: false, mine: true }));
    expect(fetch).toHaveBeenCalledTimes(1);
    const url = new URL((fetch.mock.calls as unknown as [string][])[0][0]);
    expect(url.pathname).toBe('/api/v1/activities');
    expect(Object.fromEntries(url.searchParams)).toEqual({ page: '0', size: '1000', municipality: 'kemerovo', mine: 'true' });
    const board = groupBoard(page.items);
    expect([board.planned.length, board.in_progress.length, board.done.length, board.cancelled.length]).toEqual([10, 10, 10, 10]);
    expect(board.planned.slice(0, 2).map((a) => a.code)).toEqual(['a0', 'a4']);
  });
  it('a refused upload (415 problem+json) is told in the server’s Russian words', async () => {
    const fetch = vi.fn(async () =>
      json(
        415,
        { type: 'about:blank', title: 'Unsupported Media Type', status: 415, detail: 'Содержимое файла не похоже на PDF' },
        'application/problem+json',
      ),
    );
    vi.stubGlobal('fetch', fetch);
    const file = new File(['not a pdf'], 'приказ.pdf', { type: 'application/pdf' });
    const e = await uploadEvidence('kem-2024', 'a1', file, '').catch((x: unknown) => x);
    expect(isApiError(e, 415)).toBe(true);
    expect(evidenceRefusal(e, { tooLarge: '-', badType: '-' })).toBe('Содержимое файла не похоже на PDF');
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('http://api/api/v1/plans/kem-2024/activities/a1/evidence');
    expect((init.body as FormData).get('file')).toBeInstanceOf(File);
    expect((init.body as FormData).has('note')).toBe(false);
  });
  it('status change and reopen send what the user typed; the server judges it', async () => {
    const fetch = vi.fn(async () => json(200, {}));
    vi.stubGlobal('fetch', fetch);
    await changeStatus('kem-2024', 'a1', 'done', 'Приказ № 12');
    await changeStatus('kem-2024', 'a1', 'in_progress', '  ');
    await reopenPlan('kem-2024', '');
    const bodies = (fetch.mock.calls as unknown as [string, RequestInit][]).map(([u, i]) => [u.replace('http://api/api/v1', ''), i.body]);
    expect(bodies).toEqual([
      ['/plans/kem-2024/activities/a1/status', JSON.stringify({ status: 'done', comment: 'Приказ № 12' })],
      ['/plans/kem-2024/activities/a1/status', JSON.stringify({ status: 'in_progress' })],
      ['/plans/kem-2024/reopen', JSON.stringify({ reason: '' })],
    ]);
  });
});

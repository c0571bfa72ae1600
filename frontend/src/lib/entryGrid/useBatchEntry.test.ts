import { describe, expect, it } from 'vitest';
import type { Value } from '../../api/types';
import { keyString } from './model';
import { EMPTY_DRAFTS, reduceDrafts } from './useBatchEntry';

const a = keyString({ indicator: 'a', organization: 's1' });
const b = keyString({ indicator: 'b', organization: 's1' });
const stored = new Map<string, Value>([[a, { indicator: 'a', organization: 's1', value: 5, version: 7 } as Value]]);

describe('drafts and undo of the entry grid', () => {
  it('undoes a paste as one step and a typed cell as the next', () => {
    let s = reduceDrafts(EMPTY_DRAFTS, {
      kind: 'edit',
      stored,
      edits: [
        { key: a, field: 'input', text: '12,5' },
        { key: b, field: 'input', text: '1 234' },
      ],
    });
    s = reduceDrafts(s, { kind: 'edit', stored, edits: [{ key: a, field: 'input', text: '13' }] });
    expect(s.drafts[a]).toEqual({ input: '13', baseVersion: 7 });
    expect(s.undo).toHaveLength(2);

    s = reduceDrafts(s, { kind: 'undo' });
    expect(s.drafts[a]?.input).toBe('12,5');
    expect(s.drafts[b]?.input).toBe('1 234');
    s = reduceDrafts(s, { kind: 'undo' });
    expect(s.drafts).toEqual({});
    // nothing left to undo: the state stays as it is
    expect(reduceDrafts(s, { kind: 'undo' })).toBe(s);
  });

  it('typing the same text again is no step to undo', () => {
    const s = reduceDrafts(EMPTY_DRAFTS, { kind: 'edit', stored, edits: [{ key: b, field: 'input', text: '3' }] });
    expect(reduceDrafts(s, { kind: 'edit', stored, edits: [{ key: b, field: 'input', text: '3' }] })).toBe(s);
  });

  it('after a save keeps a cell edited again while the save ran, and leaves nothing to undo', () => {
    let s = reduceDrafts(EMPTY_DRAFTS, {
      kind: 'edit',
      stored,
      edits: [
        { key: a, field: 'input', text: '6' },
        { key: b, field: 'input', text: '8' },
      ],
    });
    const sent = [a, b].map((k) => [k, s.drafts[k]] as const);
    s = reduceDrafts(s, { kind: 'edit', stored, edits: [{ key: b, field: 'input', text: '9' }] });
    s = reduceDrafts(s, { kind: 'saved', sent });
    expect(Object.keys(s.drafts)).toEqual([b]);
    expect(s.drafts[b]?.input).toBe('9');
    expect(s.undo).toEqual([]);
  });

  it('«Оставить моё» puts the draft on the version saved meanwhile', () => {
    let s = reduceDrafts(EMPTY_DRAFTS, { kind: 'edit', stored, edits: [{ key: a, field: 'input', text: '6' }] });
    s = reduceDrafts(s, { kind: 'rebase', key: a, version: 9 });
    expect(s.drafts[a]).toEqual({ input: '6', baseVersion: 9 });
  });
});

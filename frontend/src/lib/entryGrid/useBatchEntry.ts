// The state of a batch entry grid: drafts with undo, the server's verdict on them (a dry run of
// POST /values/batch shortly after each change), and the one save of all changes.
import { useCallback, useEffect, useMemo, useReducer, useRef, useState } from 'react';
import type { Value } from '../../api/types';
import { ApiError } from '../api';
import { writeValueBatch } from './api';
import {
  applyEdits,
  batchItems,
  errorsByKey,
  isChanged,
  undoStep,
  type CellDraft,
  type CellErrors,
  type CellValueKey,
  type Drafts,
  type Edit,
  type UndoStep,
} from './model';

export type SaveResult =
  { kind: 'saved'; changed: number } | { kind: 'nothing' } | { kind: 'refused'; status: number; detail: string; errors: number };

const VALIDATE_AFTER_MS = 400;
const UNDO_DEPTH = 200;

export interface DraftState {
  drafts: Drafts;
  undo: readonly UndoStep[];
}
type DraftAction =
  | { kind: 'edit'; edits: readonly Edit[]; stored: ReadonlyMap<string, Value> }
  | { kind: 'undo' }
  | { kind: 'discard'; keys?: readonly string[] }
  /** «Оставить моё» after a conflict: the draft now stands on the version saved meanwhile */
  | { kind: 'rebase'; key: string; version: number | undefined }
  /** the drafts a save sent are stored now (unless edited again while it ran); nothing is left to undo */
  | { kind: 'saved'; sent: readonly (readonly [string, CellDraft | undefined])[] };
export const EMPTY_DRAFTS: DraftState = { drafts: {}, undo: [] };

export function reduceDrafts(state: DraftState, a: DraftAction): DraftState {
  switch (a.kind) {
    case 'edit': {
      const r = applyEdits(state.drafts, a.edits, a.stored);
      return r.undo ? { drafts: r.drafts, undo: [...state.undo.slice(-(UNDO_DEPTH - 1)), r.undo] } : state;
    }
    case 'undo':
      return state.undo.length === 0
        ? state
        : { drafts: undoStep(state.drafts, state.undo[state.undo.length - 1]), undo: state.undo.slice(0, -1) };
    case 'discard': {
      if (!a.keys) return EMPTY_DRAFTS;
      const drafts = { ...state.drafts };
      for (const k of a.keys) delete drafts[k];
      return { ...state, drafts };
    }
    case 'rebase': {
      const d = state.drafts[a.key];
      return d ? { ...state, drafts: { ...state.drafts, [a.key]: { ...d, baseVersion: a.version } } } : state;
    }
    case 'saved': {
      const drafts = { ...state.drafts };
      for (const [k, sent] of a.sent) if (drafts[k] === sent) delete drafts[k];
      return { drafts, undo: [] };
    }
  }
}

export function useBatchEntry(opts: {
  stored: ReadonlyMap<string, Value>;
  keyOf: (key: string) => CellValueKey | undefined;
  lang: string;
  enabled: boolean;
}) {
  const { stored, keyOf, lang, enabled } = opts;
  // drafts and their undo steps change together, in one pure reducer (an updater with side effects runs twice in StrictMode)
  const [{ drafts, undo }, dispatch] = useReducer(reduceDrafts, EMPTY_DRAFTS);
  const [errors, setErrors] = useState<Record<string, CellErrors>>({});
  // dry runs under way (a later change does not wait for an earlier check to finish)
  const [inFlight, setInFlight] = useState(0);
  const [saving, setSaving] = useState(false);
  const generation = useRef(0);

  const changedKeys = useMemo(() => Object.keys(drafts).filter((k) => isChanged(stored.get(k), drafts[k], lang)), [drafts, stored, lang]);

  const edit = useCallback((edits: readonly Edit[]) => dispatch({ kind: 'edit', edits, stored }), [stored]);

  const undoLast = useCallback(() => dispatch({ kind: 'undo' }), []);

  const discard = useCallback((keys?: readonly string[]) => {
    dispatch({ kind: 'discard', keys });
    setErrors((e) => {
      if (!keys) return {};
      const n = { ...e };
      for (const k of keys) delete n[k];
      return n;
    });
  }, []);

  /** Keeps my figure over a value someone saved meanwhile: the draft now stands on their version. */
  const keepMine = useCallback(
    (key: string) => {
      dispatch({ kind: 'rebase', key, version: stored.get(key)?.version });
      setErrors((e) => {
        const n = { ...e };
        delete n[key];
        return n;
      });
    },
    [stored],
  );

  // The server's verdict on the changed cells, shortly after the last change (a dry run writes nothing).
  useEffect(() => {
    if (!enabled) return;
    const gen = ++generation.current;
    const { items, keys } = batchItems(changedKeys, keyOf, stored, drafts, lang);
    if (items.length === 0) return;
    const timer = window.setTimeout(() => {
      setInFlight((n) => n + 1);
      writeValueBatch(items, true)
        .then(() => gen === generation.current && setErrors({}))
        .catch((e: unknown) => {
          if (gen !== generation.current) return;
          setErrors(e instanceof ApiError ? errorsByKey(e.problem?.errors ?? [], keys) : {});
        })
        .finally(() => setInFlight((n) => n - 1));
    }, VALIDATE_AFTER_MS);
    return () => window.clearTimeout(timer);
  }, [changedKeys, drafts, stored, keyOf, lang, enabled]);

  /** One batch of every change: all written, or none with the server's errors on their cells. */
  const save = useCallback(async (): Promise<SaveResult> => {
    const { items, keys } = batchItems(changedKeys, keyOf, stored, drafts, lang);
    if (items.length === 0) return { kind: 'nothing' };
    generation.current++;
    setSaving(true);
    try {
      const r = await writeValueBatch(items, false);
      dispatch({ kind: 'saved', sent: keys.map((k) => [k, drafts[k]] as const) });
      setErrors({});
      return { kind: 'saved', changed: r.changed ?? items.length };
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const byKey = errorsByKey(e.problem?.errors ?? [], keys);
      setErrors(byKey);
      return { kind: 'refused', status: e.status, detail: e.problem?.detail ?? e.message, errors: Object.keys(byKey).length };
    } finally {
      setSaving(false);
    }
  }, [changedKeys, keyOf, stored, drafts, lang]);

  // the verdicts of cells changed back or discarded are gone with their change
  const shownErrors = useMemo(() => {
    const keys = new Set(changedKeys);
    return Object.fromEntries(Object.entries(errors).filter(([k]) => keys.has(k)));
  }, [errors, changedKeys]);

  return {
    drafts,
    errors: shownErrors,
    changedKeys,
    edit,
    undo: undoLast,
    canUndo: undo.length > 0,
    discard,
    keepMine,
    save,
    saving,
    checking: inFlight > 0,
  };
}

// The state of a batch entry grid: drafts with undo, the server's verdict on them (a dry run of
// POST /values/batch shortly after each change), and the one save of all changes.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { Value } from '../../api/types';
import { ApiError } from '../api';
import { writeValueBatch } from './api';
import {
  applyEdits,
  batchItems,
  errorsByKey,
  isChanged,
  undoStep,
  type CellErrors,
  type CellValueKey,
  type Drafts,
  type Edit,
  type UndoStep,
} from './model';

export type SaveResult =
  { kind: 'saved'; changed: number } | { kind: 'nothing' } | { kind: 'refused'; status: number; detail: string; errors: number };

const VALIDATE_AFTER_MS = 400;

export function useBatchEntry(opts: {
  stored: ReadonlyMap<string, Value>;
  keyOf: (key: string) => CellValueKey | undefined;
  lang: string;
  enabled: boolean;
}) {
  const { stored, keyOf, lang, enabled } = opts;
  const [drafts, setDrafts] = useState<Drafts>({});
  const [undo, setUndo] = useState<UndoStep[]>([]);
  const [errors, setErrors] = useState<Record<string, CellErrors>>({});
  const [checking, setChecking] = useState(false);
  const [saving, setSaving] = useState(false);
  const generation = useRef(0);

  const changedKeys = useMemo(() => Object.keys(drafts).filter((k) => isChanged(stored.get(k), drafts[k], lang)), [drafts, stored, lang]);

  const edit = useCallback(
    (edits: readonly Edit[]) => {
      setDrafts((d) => {
        const r = applyEdits(d, edits, stored);
        if (r.undo) setUndo((u) => [...u.slice(-199), r.undo!]);
        return r.drafts;
      });
    },
    [stored],
  );

  const undoLast = useCallback(() => {
    setUndo((u) => {
      if (u.length === 0) return u;
      const step = u[u.length - 1];
      setDrafts((d) => undoStep(d, step));
      return u.slice(0, -1);
    });
  }, []);

  const discard = useCallback((keys?: readonly string[]) => {
    setDrafts((d) => {
      if (!keys) return {};
      const n = { ...d };
      for (const k of keys) delete n[k];
      return n;
    });
    setErrors((e) => {
      if (!keys) return {};
      const n = { ...e };
      for (const k of keys) delete n[k];
      return n;
    });
    if (!keys) setUndo([]);
  }, []);

  /** Keeps my figure over a value someone saved meanwhile: the draft now stands on their version. */
  const keepMine = useCallback(
    (key: string) => {
      setDrafts((d) => (d[key] ? { ...d, [key]: { ...d[key], baseVersion: stored.get(key)?.version } } : d));
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
      setChecking(true);
      writeValueBatch(items, true)
        .then(() => gen === generation.current && setErrors({}))
        .catch((e: unknown) => {
          if (gen !== generation.current) return;
          setErrors(e instanceof ApiError ? errorsByKey(e.problem?.errors ?? [], keys) : {});
        })
        .finally(() => gen === generation.current && setChecking(false));
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
      setDrafts((d) => {
        const n = { ...d };
        for (const k of keys) if (n[k] === drafts[k]) delete n[k];
        return n;
      });
      setErrors({});
      setUndo([]);
      return { kind: 'saved', changed: r.changed ?? items.length };
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      const byKey = errorsByKey(e.problem?.errors ?? [], keys);
      setErrors(byKey);
      return { kind: 'refused', status: e.status, detail: e.problem?.detail ?? e.message, errors: Object.keys(byKey).length };
    } finally {
      setSaving(false);
      setChecking(false);
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
    checking,
  };
}

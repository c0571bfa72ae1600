// The canvas grid of value entry (Glide Data Grid): virtualised rows, arrow keys and Tab, Enter or typing
// to edit, Ctrl+C / Ctrl+V of blocks from and to Excel, Ctrl+D fill-down, Ctrl+Z undo of unsaved edits.
// It only draws: what a cell holds, and what an edit means, is the page's (through `columns` and `onEdits`).
import '@glideapps/glide-data-grid/dist/index.css';
import {
  CompactSelection,
  DataEditor,
  GridCellKind,
  type EditableGridCell,
  type GridCell,
  type GridColumn,
  type GridKeyEventArgs,
  type GridSelection,
  type Item,
  type Theme,
} from '@glideapps/glide-data-grid';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { splitPaste } from '../valueDraft';
import { fillDownEdits, pasteEdits, type CellTarget, type Edit } from './model';

/** What a grid cell shows and, for an editable one, which value field it edits. */
export interface ValueGridColumn<R> {
  id: string;
  title: string;
  width: number;
  /** the value key and field the cell of this row edits; absent for a label column */
  target?: (row: R) => CellTarget | undefined;
  text: (row: R) => string;
  /** right-aligned figures */
  numeric?: boolean;
  /** the look of the cell: an error, a conflict, a change not saved yet */
  state?: (row: R) => 'error' | 'conflict' | 'changed' | undefined;
}

const STATE_THEME: Record<string, Partial<Theme>> = {
  error: { bgCell: '#fff1f0', textDark: '#a8071a' },
  conflict: { bgCell: '#fff7e6', textDark: '#ad4e00' },
  changed: { bgCell: '#e6f4ff' },
};
const READONLY_THEME: Partial<Theme> = { bgCell: '#fafafa', textDark: '#434343' };

/** The overlay editor of Glide draws into #portal: one per page. */
function usePortal() {
  useEffect(() => {
    if (document.getElementById('portal')) return;
    const div = document.createElement('div');
    div.id = 'portal';
    div.style.cssText = 'position: fixed; left: 0; top: 0; z-index: 9999;';
    document.body.appendChild(div);
  }, []);
}

/** A key that opens the cell editor when typed on a selected cell (Glide's edit-on-type takes printable ASCII). */
const opensEditor = (key: string) => key.length === 1 && /[ -~]/.test(key);

/** Keys typed while a cell editor opens, waiting for its text box. */
interface Opening {
  keys: string;
  commit?: 'Enter' | 'Tab';
  timer: number;
}

/**
 * The first key typed on a selected cell opens Glide's editor with that key, but the editor's text box
 * appears a frame or more later: without this, the keys typed meanwhile reach the grid, each reopening the
 * editor with itself («29» typed fast became «9»). They are kept here and put into the text box once it has
 * focus; an Enter or Tab typed meanwhile then commits the edit as it would have.
 */
function useTypeAhead() {
  const opening = useRef<Opening | null>(null);
  useEffect(() => {
    const onFocus = (ev: FocusEvent) => {
      const o = opening.current;
      const box = ev.target;
      if (!o || !(box instanceof HTMLTextAreaElement) || !box.closest('#portal')) return;
      opening.current = null;
      window.clearTimeout(o.timer);
      if (!o.keys && !o.commit) return;
      // after the editor's own focus handling (it puts the caret after the first key)
      queueMicrotask(() => {
        if (o.keys) {
          const setValue = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value')?.set;
          setValue?.call(box, box.value + o.keys);
          box.dispatchEvent(new Event('input', { bubbles: true }));
          box.setSelectionRange(box.value.length, box.value.length);
        }
        const commit = o.commit;
        if (commit)
          window.setTimeout(() => box.dispatchEvent(new KeyboardEvent('keydown', { key: commit, bubbles: true, cancelable: true })), 0);
      });
    };
    document.addEventListener('focusin', onFocus);
    return () => {
      document.removeEventListener('focusin', onFocus);
      if (opening.current) window.clearTimeout(opening.current.timer);
    };
  }, []);

  /** Called for each key on the grid: true when the key was kept for the opening editor. */
  return useCallback((e: GridKeyEventArgs, editable: boolean): boolean => {
    if (e.ctrlKey || e.metaKey || e.altKey) return false;
    const o = opening.current;
    if (o) {
      if (e.key.length === 1) o.keys += e.key;
      else if (e.key === 'Enter' || e.key === 'Tab') o.commit = e.key;
      else return false;
      e.cancel();
      e.preventDefault();
      return true;
    }
    if (editable && opensEditor(e.key)) {
      // this key opens the editor (Glide's own handling); an editor that never opens stops the wait
      opening.current = { keys: '', timer: window.setTimeout(() => (opening.current = null), 1000) };
    }
    return false;
  }, []);
}

export function ValueGrid<R>(props: {
  rows: readonly R[];
  columns: readonly ValueGridColumn<R>[];
  readOnly: boolean;
  freezeColumns?: number;
  height: number | string;
  onEdits: (edits: Edit[]) => void;
  onUndo: () => void;
  onCellSelected?: (row: R | undefined, target: CellTarget | undefined) => void;
  /** a paste that did not fit: cells dropped outside the grid or on read-only columns */
  onPasteSkipped?: (skipped: number) => void;
  testId?: string;
}) {
  const { rows, columns, readOnly, onEdits, onUndo, onCellSelected, onPasteSkipped } = props;
  usePortal();
  const typeAhead = useTypeAhead();
  const [selection, setSelection] = useState<GridSelection>({
    columns: CompactSelection.empty(),
    rows: CompactSelection.empty(),
  });

  const gridColumns: GridColumn[] = useMemo(() => columns.map((c) => ({ id: c.id, title: c.title, width: c.width })), [columns]);

  const targetAt = useCallback(
    (row: number, col: number): CellTarget | undefined => {
      const c = columns[col];
      const r = rows[row];
      return c?.target && r !== undefined ? c.target(r) : undefined;
    },
    [columns, rows],
  );

  const getCellContent = useCallback(
    ([col, row]: Item): GridCell => {
      const c = columns[col];
      const r = rows[row];
      if (!c || r === undefined) return { kind: GridCellKind.Loading, allowOverlay: false };
      const text = c.text(r);
      const editable = !readOnly && !!c.target?.(r);
      const state = c.state?.(r);
      return {
        kind: GridCellKind.Text,
        data: text,
        displayData: text,
        copyData: text,
        allowOverlay: editable,
        readonly: !editable,
        contentAlign: c.numeric ? 'right' : undefined,
        themeOverride: state ? STATE_THEME[state] : c.target && !editable ? READONLY_THEME : undefined,
      };
    },
    [columns, rows, readOnly],
  );

  const onCellEdited = useCallback(
    ([col, row]: Item, value: EditableGridCell) => {
      const t = targetAt(row, col);
      if (!t || value.kind !== GridCellKind.Text) return;
      onEdits([{ key: t.key, field: t.field, text: value.data }]);
    },
    [targetAt, onEdits],
  );

  /**
   * Ctrl+V of cells copied from Excel (TSV, quoted cells, Russian numbers): read from the paste event
   * itself, so that no clipboard permission is asked, and laid from the selected cell on. A paste into
   * an open cell editor (outside this element) stays the browser's.
   */
  const current = selection.current;
  const onPaste = useCallback(
    (e: React.ClipboardEvent<HTMLDivElement>) => {
      const cell = current?.cell;
      const text = e.clipboardData.getData('text/plain');
      if (!cell || readOnly || !text) return;
      e.preventDefault();
      e.stopPropagation();
      const r = pasteEdits(splitPaste(text), cell[1], cell[0], rows.length, targetAt);
      if (r.edits.length > 0) onEdits(r.edits);
      if (r.skipped > 0) onPasteSkipped?.(r.skipped);
    },
    [current, readOnly, rows.length, targetAt, onEdits, onPasteSkipped],
  );

  const onKeyDown = useCallback(
    (e: GridKeyEventArgs) => {
      const cell = current?.cell;
      if (typeAhead(e, !readOnly && !!cell && !!targetAt(cell[1], cell[0]))) return;
      const mod = e.ctrlKey || e.metaKey;
      if (mod && !e.shiftKey && e.key.toLowerCase() === 'z') {
        e.cancel();
        onUndo();
        return;
      }
      if (mod && e.key.toLowerCase() === 'd' && !readOnly) {
        e.cancel();
        const range = current?.range;
        if (!range) return;
        const edits = fillDownEdits(
          { from: range.y, to: range.y + range.height - 1 },
          { from: range.x, to: range.x + range.width - 1 },
          targetAt,
          (row, col) => {
            const c = columns[col];
            const r = rows[row];
            return c && r !== undefined ? c.text(r) : '';
          },
        );
        if (edits.length > 0) onEdits(edits);
      }
      // Delete / Backspace on a selection: clear the editable cells (glide's own delete calls onCellsEdited)
    },
    [typeAhead, onUndo, readOnly, current, targetAt, columns, rows, onEdits],
  );

  const onSelectionChange = useCallback(
    (s: GridSelection) => {
      setSelection(s);
      const cell = s.current?.cell;
      if (!onCellSelected) return;
      if (!cell) onCellSelected(undefined, undefined);
      else onCellSelected(rows[cell[1]], targetAt(cell[1], cell[0]));
    },
    [onCellSelected, rows, targetAt],
  );

  const onCellsEdited = useCallback(
    (items: readonly { location: Item; value: EditableGridCell }[]) => {
      if (readOnly) return true;
      const edits: Edit[] = [];
      for (const { location, value } of items) {
        const t = targetAt(location[1], location[0]);
        if (t && value.kind === GridCellKind.Text) edits.push({ key: t.key, field: t.field, text: value.data });
      }
      if (edits.length > 0) onEdits(edits);
      return true;
    },
    [readOnly, targetAt, onEdits],
  );

  return (
    <div data-testid={props.testId ?? 'value-grid'} style={{ border: '1px solid #f0f0f0', borderRadius: 6 }} onPaste={onPaste}>
      <DataEditor
        columns={gridColumns}
        rows={rows.length}
        getCellContent={getCellContent}
        onCellEdited={onCellEdited}
        onCellsEdited={onCellsEdited}
        getCellsForSelection={true}
        onKeyDown={onKeyDown}
        gridSelection={selection}
        onGridSelectionChange={onSelectionChange}
        freezeColumns={props.freezeColumns ?? 0}
        rowMarkers="number"
        smoothScrollY
        width="100%"
        height={props.height}
        rowHeight={32}
        headerHeight={36}
        keybindings={{ downFill: false, search: false, paste: false }}
        theme={{ fontFamily: 'inherit', headerFontStyle: '600 13px', baseFontStyle: '13px' }}
      />
    </div>
  );
}

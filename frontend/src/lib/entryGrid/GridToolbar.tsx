import { SaveOutlined, UndoOutlined } from '@ant-design/icons';
import { Button, Segmented, Tooltip, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { GridView } from './model';
import type { useBatchEntry } from './useBatchEntry';

/**
 * The entry grids' own controls: the views (all, only empty, only changed, with errors), undo, the one save of
 * every change and whether the server is checking them. Undo and save only where the grid can be written.
 */
export function GridToolbar({
  view,
  onView,
  entry,
  readOnly,
  onSave,
  testIds,
}: {
  view: GridView;
  onView: (v: GridView) => void;
  entry: ReturnType<typeof useBatchEntry>;
  readOnly: boolean;
  onSave: () => void;
  /** the test ids of the views, undo and save (each page has its own) */
  testIds: { view: string; undo: string; save: string };
}) {
  const { t } = useTranslation();
  const count = entry.changedKeys.length;
  return (
    <>
      <Segmented<GridView>
        data-testid={testIds.view}
        value={view}
        onChange={onView}
        options={[
          { value: 'all', label: t('entryGrid.view.all') },
          { value: 'empty', label: t('entryGrid.view.empty') },
          { value: 'changed', label: t('entryGrid.view.changed', { count }) },
          { value: 'errors', label: t('entryGrid.view.errors') },
        ]}
      />
      {!readOnly && (
        <>
          <Tooltip title={t('entryGrid.undoHint')}>
            <Button icon={<UndoOutlined />} disabled={!entry.canUndo} onClick={entry.undo} data-testid={testIds.undo}>
              {t('entryGrid.undo')}
            </Button>
          </Tooltip>
          <Button
            type="primary"
            icon={<SaveOutlined />}
            disabled={count === 0}
            loading={entry.saving}
            onClick={onSave}
            data-testid={testIds.save}
          >
            {t('entry.saveAll', { count })}
          </Button>
          {entry.checking && <Typography.Text type="secondary">{t('entryGrid.checking')}</Typography.Text>}
        </>
      )}
    </>
  );
}

import { Alert, Button, Descriptions, Modal, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Conflict } from '../conflict';
import { formatDateTime, formatValue } from '../format';

export function ConflictModal({
  conflict,
  unit,
  decimals,
  busy,
  onTheirs,
  onOverwrite,
  onCancel,
}: {
  conflict: Conflict | null;
  unit?: string;
  decimals?: number | null;
  busy: boolean;
  onTheirs: () => void;
  onOverwrite: () => void;
  onCancel: () => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!conflict) return null;
  const theirs = conflict.theirs;
  const theirsText = theirs ? formatValue(theirs.value, unit, decimals, lang) : t('entry.conflict.deleted');
  const mineText = formatValue(conflict.mine.value, unit, decimals, lang);
  return (
    <Modal
      open
      title={t('entry.conflict.title')}
      onCancel={onCancel}
      footer={
        <Space wrap>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          <Button onClick={onTheirs} disabled={busy} data-testid="conflict-theirs">
            {t('entry.conflict.keepTheirs')}
          </Button>
          <Button type="primary" danger onClick={onOverwrite} loading={busy} data-testid="conflict-overwrite">
            {t('entry.conflict.overwrite')}
          </Button>
        </Space>
      }
    >
      <Alert
        type="warning"
        showIcon
        title={t('entry.conflict.message', { theirs: theirsText, mine: mineText })}
        style={{ marginBottom: 12 }}
        data-testid="conflict-message"
      />
      {theirs && (
        <Descriptions size="small" column={1} bordered>
          <Descriptions.Item label={t('entry.conflict.theirs')}>{theirsText}</Descriptions.Item>
          <Descriptions.Item label={t('entry.conflict.mine')}>{mineText}</Descriptions.Item>
          <Descriptions.Item label={t('entry.conflict.savedBy')}>
            {theirs.updatedBy ?? '—'}, {formatDateTime(theirs.updatedAt, lang)}
          </Descriptions.Item>
          {theirs.comment && <Descriptions.Item label={t('entry.comment')}>{theirs.comment}</Descriptions.Item>}
        </Descriptions>
      )}
    </Modal>
  );
}

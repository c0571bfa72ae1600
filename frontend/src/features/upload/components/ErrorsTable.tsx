import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportRowError } from '../../../api/types';

export function ErrorsTable({ errors }: { errors: ImportRowError[] }) {
  const { t } = useTranslation();
  return (
    <Table<ImportRowError & { key: string }>
      size="small"
      rowKey="key"
      dataSource={errors.map((e, i) => ({ ...e, key: `${e.row}-${e.column ?? ''}-${i}` }))}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      data-testid="import-errors"
      columns={[
        { title: t('upload.row'), dataIndex: 'row', width: 90 },
        { title: t('upload.column'), dataIndex: 'column', width: 140, render: (c: string | null) => c ?? '—' },
        { title: t('upload.value'), dataIndex: 'value', width: 140, render: (v: string | null | undefined) => v ?? '—' },
        { title: t('upload.message'), dataIndex: 'message' },
      ]}
    />
  );
}

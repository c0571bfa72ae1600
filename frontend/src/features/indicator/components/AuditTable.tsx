import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../api/types';
import { actorLabel, changeText } from '../../../lib/audit';
import { formatDateTime } from '../../../lib/format';

/** An import audits its new rows as one event per municipality and indicator: {rows, yearFrom, yearTo}. */
export function bulkYears(v: Record<string, unknown> | null | undefined): string | undefined {
  if (!v || v.rows === undefined) return undefined;
  return v.yearFrom === v.yearTo ? String(v.yearFrom) : `${String(v.yearFrom)}–${String(v.yearTo)}`;
}

export function AuditTable({ items, decimals, loading }: { items: AuditEntry[]; decimals?: number | null; loading?: boolean }) {
  const { t, i18n } = useTranslation();
  return (
    <Table<AuditEntry>
      size="small"
      rowKey={(r) => String(r.id)}
      loading={loading}
      dataSource={items}
      pagination={{ pageSize: 20, hideOnSinglePage: true }}
      scroll={{ x: 720 }}
      data-testid="audit-table"
      columns={[
        { title: t('audit.when'), key: 'at', width: 150, render: (_, r) => formatDateTime(r.occurredAt, i18n.language) },
        { title: t('audit.who'), key: 'who', width: 160, render: (_, r) => <span title={r.actor}>{actorLabel(t, r)}</span> },
        {
          title: t('history.kind'),
          key: 'kind',
          width: 110,
          render: (_, r) => t(`history.entity.${r.entityType}`, { defaultValue: r.entityType }),
        },
        {
          title: t('audit.channel'),
          key: 'channel',
          width: 90,
          render: (_, r) => <Tag>{t(`audit.channels.${r.channel}`, { defaultValue: r.channel })}</Tag>,
        },
        {
          title: t('audit.action'),
          key: 'action',
          width: 110,
          render: (_, r) => t(`audit.actions.${r.action}`, { defaultValue: r.action }),
        },
        {
          title: t('audit.year'),
          key: 'year',
          width: 70,
          render: (_, r) => bulkYears(r.newValue) ?? String((r.newValue?.year ?? r.oldValue?.year ?? '—') as string | number),
        },
        {
          title: t('audit.change'),
          key: 'change',
          render: (_, r) => (
            <span className={r.newValue?.rows !== undefined ? undefined : 'num'} data-testid="audit-change">
              {changeText(t, r, decimals, i18n.language)}
            </span>
          ),
        },
        { title: t('audit.comment'), key: 'comment', render: (_, r) => r.comment ?? (r.newValue?.comment as string | undefined) ?? '' },
      ]}
    />
  );
}

import { Table, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AuditEntry } from '../../../api/types';
import { formatDateTime, formatNumber } from '../../../lib/format';

function show(v: Record<string, unknown> | null | undefined, decimals: number | null | undefined, lang: string): string {
  if (!v) return '—';
  const value = v.value;
  if (typeof value === 'number') return formatNumber(value, decimals, lang);
  if (typeof value === 'string' && value !== '' && !Number.isNaN(Number(value))) return formatNumber(Number(value), decimals, lang);
  return value === undefined || value === null ? '—' : String(value);
}

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
        { title: t('audit.who'), dataIndex: 'actor', width: 140 },
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
          render: (_, r) =>
            r.newValue?.rows !== undefined ? (
              <span data-testid="audit-change">{t('audit.bulkCreated', { count: Number(r.newValue.rows) })}</span>
            ) : (
              <span className="num" data-testid="audit-change">
                {show(r.oldValue, decimals, i18n.language)} → {show(r.newValue, decimals, i18n.language)}
              </span>
            ),
        },
        { title: t('audit.comment'), key: 'comment', render: (_, r) => r.comment ?? (r.newValue?.comment as string | undefined) ?? '' },
      ]}
    />
  );
}

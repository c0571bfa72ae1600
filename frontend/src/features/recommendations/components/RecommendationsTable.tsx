import { Table } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Recommendation } from '../../../api/pending';
import type { Page } from '../../../api/types';
import { StatusTag } from './StatusTag';

interface Props {
  data: Page<Recommendation> | undefined;
  loading: boolean;
  page: number;
  size: number;
  onPage: (page: number) => void;
  onOpen: (r: Recommendation) => void;
  showSchool: boolean;
}

/** A page of recommendations; a row opens its drawer. */
export function RecommendationsTable({ data, loading, page, size, onPage, onOpen, showSchool }: Props) {
  const { t } = useTranslation();
  return (
    <Table<Recommendation>
      size="small"
      rowKey="id"
      loading={loading}
      dataSource={data?.items ?? []}
      pagination={{ current: page + 1, pageSize: size, total: data?.total ?? 0, showSizeChanger: false, onChange: (p) => onPage(p - 1) }}
      onRow={(r) =>
        ({
          onClick: () => onOpen(r),
          style: { cursor: 'pointer' },
          'data-testid': `recommendation-row-${r.id}`,
        }) as React.HTMLAttributes<HTMLTableRowElement>
      }
      columns={[
        ...(showSchool
          ? [{ title: t('recommendations.school'), key: 'school', render: (_: unknown, r: Recommendation) => r.organizationName }]
          : []),
        { title: t('recommendations.titleField'), dataIndex: 'title', key: 'title' },
        { title: t('recommendations.due'), dataIndex: 'dueLabel', key: 'due', width: 160 },
        { title: t('recommendations.status'), key: 'status', width: 140, render: (_, r) => <StatusTag rec={r} /> },
        { title: t('recommendations.rule'), key: 'rule', width: 140, render: (_, r) => r.rule ?? r.group ?? '' },
      ]}
    />
  );
}

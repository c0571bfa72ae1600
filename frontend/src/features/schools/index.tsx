import { Button, Card, Input, Space, Table, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Organization } from '../../api/types';
import { useMe } from '../../lib/me';
import { canWrite } from '../../lib/permissions';
import { useMunicipalityName, useOrganizations } from '../../lib/queries';
import { ErrorState, Loading } from '../../lib/ui/states';

/** The municipality's organizations, each linking to its school page; the ranking and the grid from here. */
export default function SchoolsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const name = useMunicipalityName(code);
  const orgs = useOrganizations(code);
  const [q, setQ] = useState('');
  const m = `/municipalities/${encodeURIComponent(code)}`;
  const rows = useMemo(() => {
    const s = q.trim().toLowerCase();
    return (orgs.data?.items ?? []).filter(
      (o) => !s || (o.name ?? '').toLowerCase().includes(s) || (o.code ?? '').toLowerCase().includes(s),
    );
  }, [orgs.data, q]);
  if (orgs.isLoading) return <Loading />;
  if (orgs.error) return <ErrorState error={orgs.error} onRetry={() => orgs.refetch()} />;
  const lastYear = new Date().getFullYear() - 1;
  return (
    <div>
      <Space wrap style={{ marginBottom: 12, width: '100%', justifyContent: 'space-between' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('schools.title', { name })}
        </Typography.Title>
        <Space wrap>
          <Link to={`${m}/rankings`}>
            <Button>{t('schools.ranking')}</Button>
          </Link>
          <Link to={`${m}/groups`}>
            <Button>{t('menu.groups')}</Button>
          </Link>
          <Link to={`${m}/entry/${lastYear}/schools`}>
            <Button type={canWrite(me, code) ? 'primary' : 'default'} data-testid="schools-grid-link">
              {t('schools.grid')}
            </Button>
          </Link>
        </Space>
      </Space>
      <Card size="small" style={{ marginBottom: 12 }}>
        <Input.Search
          allowClear
          aria-label={t('schools.search')}
          placeholder={t('schools.search')}
          onSearch={setQ}
          onChange={(e) => setQ(e.target.value)}
          style={{ width: 320 }}
        />
      </Card>
      <Table<Organization>
        size="small"
        rowKey={(o) => o.code ?? ''}
        dataSource={rows}
        pagination={{ pageSize: 100, hideOnSinglePage: true }}
        locale={{ emptyText: t('schools.none') }}
        columns={[
          {
            title: t('schools.school'),
            key: 'name',
            render: (_, o) => (
              <Link to={`${m}/schools/${encodeURIComponent(o.code ?? '')}`} data-testid={`school-link-${o.code}`}>
                {o.name ?? o.code}
              </Link>
            ),
          },
          { title: t('schools.code'), dataIndex: 'code', width: 160 },
          {
            title: t('schools.type'),
            key: 'type',
            width: 200,
            render: (_, o) => (o.type ? t(`orgType.${o.type}`, { defaultValue: o.type }) : '—'),
          },
        ]}
      />
    </div>
  );
}

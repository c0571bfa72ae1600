import { LinkOutlined } from '@ant-design/icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Select, Space, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AdminUser } from '../../api/pending';
import { list } from '../../lib/api';
import { config } from '../../lib/config';
import { useMunicipalities } from '../../lib/queries';
import { ProblemAlert } from '../../lib/ui/states';
import { consoleUrl, roleLabel } from './model';

const PAGE = 50;

/** «Пользователи и роли» (admin): who holds which role, read from Keycloak; roles are assigned in its console. */
export default function UsersPage() {
  const { t } = useTranslation();
  const [q, setQ] = useState('');
  const [role, setRole] = useState<string | undefined>();
  const [municipality, setMunicipality] = useState<string | undefined>();
  const [page, setPage] = useState(0);
  const munis = useMunicipalities();
  const names = new Map((munis.data?.items ?? []).map((m) => [m.code ?? '', m.name ?? m.code ?? '']));
  const nameOf = (c: string) => names.get(c) ?? c;
  const users = useQuery({
    queryKey: ['admin-users', q, role, municipality, page],
    queryFn: ({ signal }) => list<AdminUser>('/admin/users', { q: q || undefined, role, municipality, page, size: PAGE }, signal),
    placeholderData: keepPreviousData,
  });
  const cfg = config();
  const console = consoleUrl(cfg.keycloakUrl, cfg.keycloakRealm);
  const reset = (f: () => void) => {
    f();
    setPage(0);
  };

  return (
    <div>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('admin.title')}
        </Typography.Title>
        <Button icon={<LinkOutlined />} href={console} target="_blank" rel="noopener noreferrer" data-testid="keycloak-console">
          {t('admin.console')}
        </Button>
      </Space>
      <Typography.Paragraph type="secondary">{t('admin.hint')}</Typography.Paragraph>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('admin.search')}
            aria-label={t('admin.search')}
            onSearch={(v) => reset(() => setQ(v))}
            style={{ width: 260 }}
          />
          <Select
            allowClear
            style={{ width: 220 }}
            placeholder={t('admin.anyRole')}
            aria-label={t('admin.role')}
            value={role}
            onChange={(v?: string) => reset(() => setRole(v))}
            options={['admin', 'ministry-analyst', 'integration'].map((r) => ({ value: r, label: t(`admin.roleNames.${r}`) }))}
          />
          <Select
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            style={{ width: 240 }}
            placeholder={t('admin.anyMunicipality')}
            aria-label={t('admin.municipality')}
            value={municipality}
            onChange={(v?: string) => reset(() => setMunicipality(v))}
            options={(munis.data?.items ?? []).map((m) => ({ value: m.code, label: m.name }))}
          />
        </Space>
        {users.error ? (
          <ProblemAlert error={users.error} onRetry={() => users.refetch()} />
        ) : (
          <Table<AdminUser>
            size="small"
            rowKey="id"
            loading={users.isFetching}
            dataSource={users.data?.items ?? []}
            scroll={{ x: 720 }}
            data-testid="users-table"
            pagination={{
              current: page + 1,
              pageSize: PAGE,
              total: users.data?.total ?? 0,
              hideOnSinglePage: true,
              showSizeChanger: false,
              onChange: (p) => setPage(p - 1),
            }}
            columns={[
              {
                title: t('admin.user'),
                key: 'user',
                render: (_, u) => (
                  <Space direction="vertical" size={0}>
                    <a href={consoleUrl(cfg.keycloakUrl, cfg.keycloakRealm, u.id)} target="_blank" rel="noopener noreferrer">
                      {u.name || u.username}
                    </a>
                    <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                      {u.username}
                      {u.email ? ` · ${u.email}` : ''}
                    </Typography.Text>
                  </Space>
                ),
              },
              {
                title: t('admin.roles.title'),
                key: 'roles',
                render: (_, u) =>
                  u.roles.length ? (
                    <Space size={[4, 4]} wrap>
                      {u.roles.map((r) => (
                        <Tag
                          key={r.name}
                          title={r.name}
                          color={r.kind === 'admin' ? 'red' : r.kind.endsWith('editor') ? 'blue' : undefined}
                        >
                          {roleLabel(t, r, nameOf)}
                        </Tag>
                      ))}
                    </Space>
                  ) : (
                    <Typography.Text type="secondary">{t('admin.noRoles')}</Typography.Text>
                  ),
              },
              {
                title: t('admin.enabled'),
                key: 'enabled',
                width: 110,
                render: (_, u) => (u.enabled ? <Tag color="green">{t('admin.on')}</Tag> : <Tag>{t('admin.off')}</Tag>),
              },
            ]}
          />
        )}
      </Card>
    </div>
  );
}

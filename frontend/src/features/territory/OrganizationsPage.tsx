import { ArrowLeftOutlined, EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { OrganizationWithStatus } from '../../api/pending';
import { useMe } from '../../lib/me';
import { canWrite } from '../../lib/permissions';
import { useMunicipalityName } from '../../lib/queries';
import { ProblemAlert } from '../../lib/ui/states';
import { exists, ORGANIZATION_TYPES, organizationPath, saveOrganization, useOrganizationList, type OrganizationWrite } from './api';
import { RecordDrawer } from './components/RecordDrawer';
import { StatusSwitch, StatusTag } from './components/Status';

type OrganizationForm = OrganizationWrite & { code: string };
/** One object for every new organization, so that the drawer sees the same record between renders. */
const NEW_ORGANIZATION: Partial<OrganizationForm> = { type: 'school', status: 'active' };

/** A municipality's organizations: its editors and the admin create, edit and archive them. */
export default function OrganizationsPage() {
  const { code = '' } = useParams();
  const { t } = useTranslation();
  const me = useMe();
  const editor = canWrite(me, code);
  const name = useMunicipalityName(code) ?? code;
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<'active' | 'archived' | 'all'>('active');
  const [editing, setEditing] = useState<OrganizationWithStatus | 'new' | null>(null);
  const [form] = Form.useForm<OrganizationForm>();
  const orgs = useOrganizationList(code, { q: q || undefined, status: status === 'all' ? undefined : status });
  const creating = editing === 'new';
  const current = editing && editing !== 'new' ? editing : undefined;

  const save = async (v: OrganizationForm) => {
    const org = creating ? v.code.trim() : (current?.code ?? '');
    if (creating && (await exists(organizationPath(code, org)))) {
      form.setFields([{ name: 'code', errors: [t('territory.codeTaken', { code: org })] }]);
      return;
    }
    await saveOrganization(code, org, { name: v.name, type: v.type || null, status: v.status }, current?.version);
    message.success(t('territory.organizationSaved', { name: v.name }));
    setEditing(null);
    void qc.invalidateQueries({ queryKey: ['territory'] });
    void qc.invalidateQueries({ queryKey: ['organizations'] });
  };

  return (
    <div>
      <Link to="/territory" className="no-print">
        <ArrowLeftOutlined /> {t('territory.title')}
      </Link>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', margin: '8px 0' }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('territory.organizationsOf', { name })}
        </Typography.Title>
        {editor && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            className="no-print"
            data-testid="organization-create"
          >
            {t('territory.addOrganization')}
          </Button>
        )}
      </Space>
      <Card size="small">
        <Space wrap style={{ marginBottom: 12 }}>
          <Input.Search
            allowClear
            placeholder={t('territory.search')}
            aria-label={t('territory.search')}
            onSearch={setQ}
            style={{ width: 280 }}
          />
          <StatusSwitch value={status} onChange={setStatus} />
        </Space>
        {orgs.error ? (
          <ProblemAlert error={orgs.error} onRetry={() => orgs.refetch()} />
        ) : (
          <Table<OrganizationWithStatus>
            size="small"
            rowKey="code"
            loading={orgs.isFetching}
            dataSource={orgs.data?.items ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 560 }}
            data-testid="organization-table"
            columns={[
              { title: t('territory.code'), dataIndex: 'code', width: 140 },
              {
                title: t('territory.name'),
                key: 'name',
                render: (_, o) => (
                  <Link to={`/municipalities/${encodeURIComponent(code)}/schools/${encodeURIComponent(o.code ?? '')}`}>{o.name}</Link>
                ),
              },
              {
                title: t('territory.type'),
                dataIndex: 'type',
                width: 190,
                responsive: ['md' as const],
                render: (v: string | undefined) => (v ? t(`orgType.${v}`, { defaultValue: v }) : '—'),
              },
              { title: t('territory.statusLabel'), key: 'status', width: 110, render: (_, o) => <StatusTag status={o.status} /> },
              ...(editor
                ? [
                    {
                      title: <span className="sr-only">{t('common.actions')}</span>,
                      key: 'edit',
                      width: 60,
                      render: (_: unknown, o: OrganizationWithStatus) => (
                        <Button
                          icon={<EditOutlined />}
                          aria-label={t('territory.editFor', { name: o.name })}
                          onClick={() => setEditing(o)}
                        />
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <RecordDrawer<OrganizationForm>
        open={!!editing}
        title={creating ? t('territory.newOrganization') : t('territory.organizationTitle', { name: current?.name })}
        form={form}
        initial={creating ? NEW_ORGANIZATION : (current as Partial<OrganizationForm> | undefined)}
        creating={creating}
        onClose={() => setEditing(null)}
        onSave={save}
        testId="organization"
      >
        {creating && (
          <Form.Item
            name="code"
            label={t('territory.code')}
            extra={t('territory.codeHint')}
            rules={[{ required: true, whitespace: true, message: t('territory.codeRequired') }]}
          >
            <Input data-testid="organization-code" />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('territory.name')} required>
          <Input data-testid="organization-name" />
        </Form.Item>
        <Form.Item name="type" label={t('territory.type')}>
          <Select allowClear options={ORGANIZATION_TYPES.map((v) => ({ value: v, label: t(`orgType.${v}`) }))} />
        </Form.Item>
      </RecordDrawer>
    </div>
  );
}

import { EditOutlined, PlusOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Card, Form, Input, Select, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { MunicipalityWithStatus } from '../../api/pending';
import { useMe } from '../../lib/me';
import { canEditCatalogue } from '../../lib/permissions';
import { ProblemAlert } from '../../lib/ui/states';
import {
  exists,
  MUNICIPALITY_TYPES,
  municipalityPath,
  saveMunicipality,
  useMunicipalityList,
  useRegions,
  type MunicipalityWrite,
} from './api';
import { RecordDrawer } from './components/RecordDrawer';
import { StatusSwitch, StatusTag, type StatusFilter } from './components/Status';

type MunicipalityForm = MunicipalityWrite & { code: string };
/** One object for every new municipality, so that the drawer sees the same record between renders. */
const NEW_MUNICIPALITY: Partial<MunicipalityForm> = { status: 'active' };

/** Municipalities (admin: create, edit, archive); each opens its organizations. */
export default function TerritoryPage() {
  const { t } = useTranslation();
  const me = useMe();
  const admin = canEditCatalogue(me);
  const { message } = App.useApp();
  const qc = useQueryClient();
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<StatusFilter>('active');
  const [editing, setEditing] = useState<MunicipalityWithStatus | 'new' | null>(null);
  const [form] = Form.useForm<MunicipalityForm>();
  const munis = useMunicipalityList({ q: q || undefined, status: status === 'all' ? undefined : status });
  const regions = useRegions();
  const creating = editing === 'new';
  const current = editing && editing !== 'new' ? editing : undefined;

  const save = async (v: MunicipalityForm) => {
    const code = creating ? v.code.trim() : (current?.code ?? '');
    if (creating && (await exists(municipalityPath(code)))) {
      form.setFields([{ name: 'code', errors: [t('territory.codeTaken', { code })] }]);
      return;
    }
    const body: MunicipalityWrite = { name: v.name, region: v.region, type: v.type || null, oktmo: v.oktmo || null, status: v.status };
    await saveMunicipality(code, body, current?.version);
    message.success(t('territory.municipalitySaved', { name: v.name }));
    setEditing(null);
    void qc.invalidateQueries({ queryKey: ['territory'] });
    void qc.invalidateQueries({ queryKey: ['municipalities'] });
  };

  return (
    <div>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 8 }}>
        <Typography.Title level={3} style={{ margin: 0 }} data-testid="page-title">
          {t('territory.title')}
        </Typography.Title>
        {admin && (
          <Button
            type="primary"
            icon={<PlusOutlined />}
            onClick={() => setEditing('new')}
            className="no-print"
            data-testid="municipality-create"
          >
            {t('territory.addMunicipality')}
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
        {munis.error ? (
          <ProblemAlert error={munis.error} onRetry={() => munis.refetch()} />
        ) : (
          <Table<MunicipalityWithStatus>
            size="small"
            rowKey="code"
            loading={munis.isFetching}
            dataSource={munis.data?.items ?? []}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            scroll={{ x: 640 }}
            data-testid="municipality-table"
            columns={[
              { title: t('territory.code'), dataIndex: 'code', width: 140 },
              {
                title: t('territory.name'),
                key: 'name',
                render: (_, m) => <Link to={`/territory/${encodeURIComponent(m.code ?? '')}`}>{m.name}</Link>,
              },
              { title: t('territory.region'), dataIndex: 'regionName', responsive: ['md' as const] },
              {
                title: t('territory.type'),
                dataIndex: 'type',
                width: 170,
                responsive: ['lg' as const],
                render: (v: string | undefined) => (v ? t(`territory.municipalityType.${v}`, { defaultValue: v }) : '—'),
              },
              { title: t('territory.statusLabel'), key: 'status', width: 110, render: (_, m) => <StatusTag status={m.status} /> },
              ...(admin
                ? [
                    {
                      title: <span className="sr-only">{t('common.actions')}</span>,
                      key: 'edit',
                      width: 60,
                      render: (_: unknown, m: MunicipalityWithStatus) => (
                        <Button
                          icon={<EditOutlined />}
                          aria-label={t('territory.editFor', { name: m.name })}
                          onClick={() => setEditing(m)}
                        />
                      ),
                    },
                  ]
                : []),
            ]}
          />
        )}
      </Card>
      <RecordDrawer<MunicipalityForm>
        open={!!editing}
        title={creating ? t('territory.newMunicipality') : t('territory.municipalityTitle', { name: current?.name })}
        form={form}
        initial={creating ? NEW_MUNICIPALITY : (current as Partial<MunicipalityForm> | undefined)}
        creating={creating}
        onClose={() => setEditing(null)}
        onSave={save}
        testId="municipality"
      >
        {creating && (
          <Form.Item
            name="code"
            label={t('territory.code')}
            extra={t('territory.codeHint')}
            rules={[{ required: true, whitespace: true, message: t('territory.codeRequired') }]}
          >
            <Input data-testid="municipality-code" />
          </Form.Item>
        )}
        <Form.Item name="name" label={t('territory.name')} required>
          <Input data-testid="municipality-name" />
        </Form.Item>
        <Form.Item name="region" label={t('territory.region')} required>
          <Select
            showSearch={{ optionFilterProp: 'label' }}
            loading={regions.isLoading}
            options={(regions.data?.items ?? []).map((r) => ({ value: r.code, label: r.name }))}
            data-testid="municipality-region"
          />
        </Form.Item>
        <Form.Item name="type" label={t('territory.type')}>
          <Select allowClear options={MUNICIPALITY_TYPES.map((v) => ({ value: v, label: t(`territory.municipalityType.${v}`) }))} />
        </Form.Item>
        <Form.Item name="oktmo" label={t('territory.oktmo')} extra={t('territory.oktmoHint')}>
          <Input inputMode="numeric" />
        </Form.Item>
      </RecordDrawer>
    </div>
  );
}

import { DeleteOutlined, EditOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { App, Button, Drawer, Form, Input, InputNumber, Popconfirm, Space, Table } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Area } from '../../../api/pending';
import { ApiError, ifMatchFor } from '../../../lib/api';
import { formFields } from '../../../lib/formErrors';
import { ProblemAlert } from '../../../lib/ui/states';
import { deleteArea, saveArea, useAreaList } from '../api';

interface AreaForm {
  code: string;
  nameRu: string;
  nameEn?: string;
  position?: number;
}

/** The managed list of areas (admin): add, rename, reorder and delete unused ones; the server checks each. */
export function AreasDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const qc = useQueryClient();
  const areas = useAreaList();
  const [form] = Form.useForm<AreaForm>();
  const [editing, setEditing] = useState<Area | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);

  const refresh = () => {
    void qc.invalidateQueries({ queryKey: ['areas'] });
    void qc.invalidateQueries({ queryKey: ['indicator-areas'] });
    void qc.invalidateQueries({ queryKey: ['indicators'] });
  };
  const reset = () => {
    setEditing(null);
    setError(null);
    form.resetFields();
  };
  const submit = async (v: AreaForm) => {
    setSaving(true);
    setError(null);
    try {
      await saveArea(
        v.code.trim(),
        { nameRu: v.nameRu, nameEn: v.nameEn || null, position: v.position ?? null },
        editing ? ifMatchFor(editing.version) : undefined,
      );
      message.success(t('areas.saved'));
      reset();
      refresh();
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) form.setFields(formFields(e.fieldErrors()) as never);
    } finally {
      setSaving(false);
    }
  };
  const remove = async (a: Area) => {
    setError(null);
    try {
      await deleteArea(a.code, a.version);
      message.success(t('areas.deleted'));
      refresh();
    } catch (e) {
      setError(e);
    }
  };

  return (
    <Drawer open={open} onClose={onClose} size="large" title={t('areas.title')} destroyOnHidden>
      {error !== null && <ProblemAlert error={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="inline" onFinish={(v) => void submit(v)} style={{ marginBottom: 16, rowGap: 8 }} data-testid="area-form">
        <Form.Item name="code" rules={[{ required: true, whitespace: true, message: t('areas.codeRequired') }]}>
          <Input placeholder={t('areas.code')} aria-label={t('areas.code')} disabled={!!editing} style={{ width: 140 }} />
        </Form.Item>
        <Form.Item name="nameRu" rules={[{ required: true, whitespace: true, message: t('areas.nameRequired') }]}>
          <Input placeholder={t('areas.nameRu')} aria-label={t('areas.nameRu')} style={{ width: 240 }} />
        </Form.Item>
        <Form.Item name="nameEn">
          <Input placeholder={t('areas.nameEn')} aria-label={t('areas.nameEn')} style={{ width: 200 }} />
        </Form.Item>
        <Form.Item name="position">
          <InputNumber placeholder={t('areas.position')} aria-label={t('areas.position')} min={0} />
        </Form.Item>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving}>
            {editing ? t('common.save') : t('areas.add')}
          </Button>
          {editing && <Button onClick={reset}>{t('common.cancel')}</Button>}
        </Space>
      </Form>
      {areas.error ? (
        <ProblemAlert error={areas.error} onRetry={() => areas.refetch()} />
      ) : (
        <Table<Area>
          size="small"
          rowKey="code"
          loading={areas.isFetching}
          dataSource={areas.data ?? []}
          pagination={false}
          columns={[
            { title: t('areas.position'), dataIndex: 'position', width: 80 },
            { title: t('areas.code'), dataIndex: 'code', width: 130 },
            { title: t('areas.nameRu'), dataIndex: 'nameRu' },
            { title: t('areas.nameEn'), dataIndex: 'nameEn', render: (v: string | null | undefined) => v || '—' },
            { title: t('areas.indicators'), dataIndex: 'indicators', width: 90 },
            {
              title: <span className="sr-only">{t('common.actions')}</span>,
              key: 'actions',
              width: 100,
              render: (_, a) => (
                <Space>
                  <Button
                    icon={<EditOutlined />}
                    aria-label={t('areas.editFor', { name: a.nameRu })}
                    onClick={() => {
                      setEditing(a);
                      setError(null);
                      form.setFieldsValue({ code: a.code, nameRu: a.nameRu, nameEn: a.nameEn ?? undefined, position: a.position });
                    }}
                  />
                  <Popconfirm title={t('areas.deleteConfirm', { name: a.nameRu })} onConfirm={() => void remove(a)}>
                    <Button icon={<DeleteOutlined />} danger aria-label={t('areas.deleteFor', { name: a.nameRu })} />
                  </Popconfirm>
                </Space>
              ),
            },
          ]}
        />
      )}
    </Drawer>
  );
}

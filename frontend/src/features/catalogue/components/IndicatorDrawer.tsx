import { useQuery } from '@tanstack/react-query';
import { Alert, Button, Drawer, Form, Input, InputNumber, Select, Space } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Indicator } from '../../../api/types';
import { ApiError } from '../../../lib/api';
import { unitLabel, UNITS } from '../../../lib/units';
import { ProblemAlert, Loading } from '../../../lib/ui/states';
import { loadForEdit, saveIndicator } from '../api';

export function IndicatorDrawer({ code, onClose, onSaved }: { code: string | null; onClose: () => void; onSaved: () => void }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<Indicator>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [shownCode, setShownCode] = useState(code);
  if (code !== shownCode) {
    // another indicator: forget the last one's save error
    setShownCode(code);
    setSaveError(null);
  }
  // A fresh copy with its ETag each time the drawer opens (gcTime 0: never an old one from the cache).
  const loaded = useQuery({
    queryKey: ['indicator-edit', code],
    queryFn: () => loadForEdit(code ?? ''),
    enabled: !!code,
    gcTime: 0,
  });
  const original = loaded.data?.indicator ?? null;
  const ifMatch = loaded.data?.ifMatch;
  const loading = loaded.isFetching;
  const error = saveError ?? loaded.error;

  useEffect(() => {
    if (loaded.data) form.setFieldsValue(loaded.data.indicator);
  }, [loaded.data, form]);

  const submit = async () => {
    if (!code || !original) return;
    let values: Indicator;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      await saveIndicator(code, { ...original, ...values, code }, ifMatch);
      onSaved();
    } catch (e) {
      setSaveError(e);
      if (e instanceof ApiError) {
        const fe = e.fieldErrors();
        form.setFields(Object.entries(fe).map(([name, msg]) => ({ name: name as keyof Indicator, errors: [msg] })));
      }
    } finally {
      setSaving(false);
    }
  };

  return (
    <Drawer
      open={!!code}
      onClose={onClose}
      size="large"
      title={t('catalogue.editTitle', { code })}
      destroyOnHidden
      extra={
        <Space>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={saving} onClick={() => void submit()} disabled={loading || !original}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {loading && <Loading />}
      {error instanceof ApiError && error.status === 412 && (
        <Alert type="warning" showIcon title={t('catalogue.stale')} style={{ marginBottom: 12 }} />
      )}
      {error !== null && <ProblemAlert error={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" hidden={loading} requiredMark>
        <Form.Item name="nameRu" label={t('catalogue.nameRu')} required>
          <Input.TextArea autoSize />
        </Form.Item>
        <Form.Item name="nameEn" label={t('catalogue.nameEn')}>
          <Input.TextArea autoSize />
        </Form.Item>
        <Space wrap>
          <Form.Item name="area" label={t('catalogue.area')}>
            <Input style={{ width: 300 }} />
          </Form.Item>
          <Form.Item name="areaEn" label={t('catalogue.areaEn')}>
            <Input style={{ width: 300 }} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="unit" label={t('catalogue.unit')} required>
            <Select style={{ width: 200 }} options={UNITS.map((u) => ({ value: u, label: unitLabel(t, u) }))} />
          </Form.Item>
          <Form.Item name="decimals" label={t('catalogue.decimals')}>
            <InputNumber min={0} max={6} />
          </Form.Item>
          <Form.Item name="polarity" label={t('catalogue.polarity')}>
            <Select style={{ width: 200 }} allowClear options={['higher', 'lower'].map((p) => ({ value: p, label: t(`polarity.${p}`) }))} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="scaleMin" label={t('catalogue.scaleMin')}>
            <InputNumber decimalSeparator="," />
          </Form.Item>
          <Form.Item name="scaleMax" label={t('catalogue.scaleMax')}>
            <InputNumber decimalSeparator="," />
          </Form.Item>
          <Form.Item name="level" label={t('catalogue.level')} required>
            <Select style={{ width: 180 }} options={['municipality', 'organization'].map((p) => ({ value: p, label: t(`level.${p}`) }))} />
          </Form.Item>
          <Form.Item name="periodicity" label={t('catalogue.periodicity')}>
            <Input style={{ width: 160 }} />
          </Form.Item>
          <Form.Item name="status" label={t('catalogue.status')}>
            <Select style={{ width: 160 }} options={['active', 'archived'].map((p) => ({ value: p, label: t(`indicatorStatus.${p}`) }))} />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('catalogue.description')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="formula" label={t('catalogue.formula')}>
          <Input.TextArea autoSize />
        </Form.Item>
        <Form.Item name="source" label={t('catalogue.source')}>
          <Input />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

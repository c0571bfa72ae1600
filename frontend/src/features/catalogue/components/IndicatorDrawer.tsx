import { DeleteOutlined, InboxOutlined, PlusOutlined } from '@ant-design/icons';
import { useQuery } from '@tanstack/react-query';
import { Alert, AutoComplete, Button, Drawer, Form, Input, InputNumber, Popconfirm, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndicatorSchedule } from '../../../api/pending';
import type { Indicator } from '../../../api/types';
import { ApiError, isApiError, request } from '../../../lib/api';
import { formFields } from '../../../lib/formErrors';
import { useDimensions } from '../../../lib/queries';
import { unitLabel, UNITS } from '../../../lib/units';
import { ProblemAlert, Loading } from '../../../lib/ui/states';
import { loadForEdit, saveIndicator, useAreaList } from '../api';

/** What the drawer works on: an existing indicator by its code, or a new one. */
export type IndicatorTarget = { mode: 'edit'; code: string } | { mode: 'create' } | null;

export const PERIODICITIES = ['calendar_year', 'school_year', 'quarter', 'month', 'week', 'half_year'] as const;
/** Deadline rules as people write them (the server reads these forms and more). */
const DEADLINE_EXAMPLES = ['до 20 числа следующего месяца', 'через 10 дней после окончания периода', 'до 1 сентября', 'до 1 марта'];
/** Lists the server names element by element (dimensions[1]) but the form keeps in one control. */
const WHOLE = ['dimensions', 'categories'] as const;

const NEW_INDICATOR: Partial<Indicator> = {
  unit: 'percent',
  decimals: 1,
  polarity: 'higher',
  level: 'municipality',
  periodicity: 'calendar_year',
  status: 'active',
};

/**
 * The catalogue's indicator form (admin): create or edit an indicator with its area from the managed list,
 * scale, bands and dimensions (or free categories); the server checks it and its field errors are shown
 * under the fields. An indicator is archived here (status), never lost.
 */
export function IndicatorDrawer({ target, onClose, onSaved }: { target: IndicatorTarget; onClose: () => void; onSaved: () => void }) {
  const { t, i18n } = useTranslation();
  const en = i18n.language.startsWith('en');
  const [form] = Form.useForm<Indicator>();
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<unknown>(null);
  const editCode = target?.mode === 'edit' ? target.code : null;
  const creating = target?.mode === 'create';
  const [shown, setShown] = useState(target);
  if (target !== shown) {
    // another indicator: forget the last one's save error
    setShown(target);
    setSaveError(null);
  }
  const areas = useAreaList();
  const dimensions = useDimensions();
  // A fresh copy with its ETag each time the drawer opens (gcTime 0: never an old one from the cache).
  const loaded = useQuery({
    queryKey: ['indicator-edit', editCode],
    queryFn: () => loadForEdit(editCode ?? ''),
    enabled: !!editCode,
    gcTime: 0,
  });
  const original = creating ? null : (loaded.data?.indicator ?? null);
  const ifMatch = loaded.data?.ifMatch;
  const loading = !creating && loaded.isFetching;
  const error = saveError ?? (creating ? null : loaded.error);
  const dims = Form.useWatch('dimensions', form) as string[] | undefined;

  useEffect(() => {
    if (creating) {
      form.resetFields();
      form.setFieldsValue(NEW_INDICATOR as Indicator);
    } else if (loaded.data) {
      form.setFieldsValue(loaded.data.indicator);
    }
  }, [loaded.data, creating, form]);

  const showErrors = (e: unknown) => {
    setSaveError(e);
    if (e instanceof ApiError) form.setFields(formFields(e.fieldErrors(), WHOLE) as never);
  };

  const save = async (patch: Partial<Indicator> = {}) => {
    let values: Indicator;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    const code = (creating ? (values.code ?? '').trim() : editCode) ?? '';
    setSaving(true);
    setSaveError(null);
    try {
      if (creating) {
        // PUT by code creates or updates: a code already taken is said here rather than overwritten
        const taken = await request<Indicator>(`/indicators/${encodeURIComponent(code)}`).then(
          () => true,
          (e: unknown) => (isApiError(e, 404) ? false : Promise.reject(e)),
        );
        if (taken) {
          form.setFields([{ name: 'code', errors: [t('catalogue.codeTaken', { code })] }]);
          return;
        }
      }
      // areaEn stays the area's own (kept in the list of areas): sending the old one would rename the new area
      await saveIndicator(
        code,
        {
          ...(original ?? {}),
          ...values,
          ...patch,
          code,
          areaEn: undefined,
          // an emptied deadline removes the rule (left out, the server would keep it)
          deadline: (values as IndicatorSchedule).deadline ?? '',
        } as Indicator,
        creating ? undefined : ifMatch,
      );
      onSaved();
    } catch (e) {
      showErrors(e);
    } finally {
      setSaving(false);
    }
  };

  const areaOptions = (areas.data ?? []).map((a) => ({ value: a.nameRu, label: (en && a.nameEn) || a.nameRu }));
  const periodicityOptions = PERIODICITIES.map((p) => ({ value: p, label: t(`periodicity.${p}`) }));

  return (
    <Drawer
      open={!!target}
      onClose={onClose}
      size="large"
      title={creating ? t('catalogue.createTitle') : t('catalogue.editTitle', { code: editCode })}
      destroyOnHidden
      extra={
        <Space wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          {original && original.status !== 'archived' && (
            <Popconfirm title={t('catalogue.archiveConfirm')} onConfirm={() => void save({ status: 'archived' })}>
              <Button icon={<InboxOutlined />} loading={saving} data-testid="indicator-archive">
                {t('catalogue.archive')}
              </Button>
            </Popconfirm>
          )}
          <Button
            type="primary"
            loading={saving}
            onClick={() => void save()}
            disabled={loading || (!creating && !original)}
            data-testid="indicator-save"
          >
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
      <Form form={form} layout="vertical" hidden={loading} requiredMark data-testid="indicator-form">
        {creating && (
          <Form.Item
            name="code"
            label={t('catalogue.code')}
            required
            extra={t('catalogue.codeHint')}
            rules={[{ required: true, whitespace: true, message: t('catalogue.codeRequired') }]}
          >
            <Input style={{ width: 300 }} data-testid="indicator-code" />
          </Form.Item>
        )}
        <Form.Item name="nameRu" label={t('catalogue.nameRu')} required>
          <Input.TextArea autoSize data-testid="indicator-name-ru" />
        </Form.Item>
        <Form.Item name="nameEn" label={t('catalogue.nameEn')}>
          <Input.TextArea autoSize data-testid="indicator-name-en" />
        </Form.Item>
        <Form.Item name="area" label={t('catalogue.area')} extra={t('catalogue.areaHint')}>
          <Select
            style={{ width: 420, maxWidth: '100%' }}
            allowClear
            showSearch={{ optionFilterProp: 'label' }}
            loading={areas.isLoading}
            options={areaOptions}
            data-testid="indicator-area"
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="unit" label={t('catalogue.unit')} required>
            <Select
              style={{ width: 200 }}
              options={UNITS.map((u) => ({ value: u, label: unitLabel(t, u) }))}
              data-testid="indicator-unit"
            />
          </Form.Item>
          <Form.Item name="decimals" label={t('catalogue.decimals')}>
            <InputNumber min={0} max={6} />
          </Form.Item>
          <Form.Item name="polarity" label={t('catalogue.polarity')}>
            <Select style={{ width: 220 }} options={['higher', 'lower'].map((p) => ({ value: p, label: t(`polarity.${p}`) }))} />
          </Form.Item>
        </Space>
        <Space wrap>
          <Form.Item name="level" label={t('catalogue.level')} required>
            <Select style={{ width: 180 }} options={['municipality', 'organization'].map((p) => ({ value: p, label: t(`level.${p}`) }))} />
          </Form.Item>
          <Form.Item name="periodicity" label={t('catalogue.periodicity')}>
            <Select style={{ width: 200 }} options={periodicityOptions} data-testid="indicator-periodicity" />
          </Form.Item>
          <Form.Item name="responsible" label={t('catalogue.responsible')}>
            <Select
              style={{ width: 200 }}
              allowClear
              placeholder={t('catalogue.responsibleDefault')}
              options={['municipality', 'organization'].map((p) => ({ value: p, label: t(`level.${p}`) }))}
              data-testid="indicator-responsible"
            />
          </Form.Item>
          <Form.Item name="status" label={t('catalogue.status')}>
            <Select style={{ width: 160 }} options={['active', 'archived'].map((p) => ({ value: p, label: t(`indicatorStatus.${p}`) }))} />
          </Form.Item>
        </Space>
        <Form.Item name="deadline" label={t('catalogue.deadline')} extra={t('catalogue.deadlineHint')}>
          <AutoComplete
            style={{ maxWidth: 420 }}
            allowClear
            options={DEADLINE_EXAMPLES.map((d) => ({ value: d }))}
            data-testid="indicator-deadline"
          />
        </Form.Item>
        <Space wrap>
          <Form.Item name="scaleMin" label={t('catalogue.scaleMin')}>
            <InputNumber decimalSeparator="," />
          </Form.Item>
          <Form.Item name="scaleMax" label={t('catalogue.scaleMax')}>
            <InputNumber decimalSeparator="," />
          </Form.Item>
        </Space>
        <Typography.Text strong>{t('catalogue.bands')}</Typography.Text>
        <Typography.Paragraph type="secondary" style={{ marginBottom: 8 }}>
          {t('catalogue.bandsHint')}
        </Typography.Paragraph>
        <Form.List name="bands">
          {(fields, { add, remove }) => (
            <>
              {fields.map((f) => (
                <Space key={f.key} wrap align="start" data-testid="band-row">
                  <Form.Item name={[f.name, 'from']} label={t('catalogue.bandFrom')}>
                    <InputNumber decimalSeparator="," />
                  </Form.Item>
                  <Form.Item name={[f.name, 'to']} label={t('catalogue.bandTo')}>
                    <InputNumber decimalSeparator="," />
                  </Form.Item>
                  <Form.Item name={[f.name, 'label']} label={t('catalogue.bandLabel')}>
                    <Input style={{ width: 180 }} />
                  </Form.Item>
                  <Form.Item name={[f.name, 'score']} label={t('catalogue.bandScore')}>
                    <InputNumber decimalSeparator="," />
                  </Form.Item>
                  <Form.Item label={<span className="sr-only">{t('common.actions')}</span>}>
                    <Button
                      icon={<DeleteOutlined />}
                      aria-label={t('catalogue.bandRemove', { n: f.name + 1 })}
                      onClick={() => remove(f.name)}
                    />
                  </Form.Item>
                </Space>
              ))}
              <Form.Item>
                <Button icon={<PlusOutlined />} onClick={() => add({})}>
                  {t('catalogue.bandAdd')}
                </Button>
              </Form.Item>
            </>
          )}
        </Form.List>
        <Form.Item name="dimensions" label={t('catalogue.dimensions')} extra={t('catalogue.dimensionsHint')}>
          <Select
            mode="multiple"
            allowClear
            loading={dimensions.isLoading}
            options={(dimensions.data ?? []).map((d) => ({ value: d.code, label: (en && d.nameEn) || d.nameRu || d.code }))}
          />
        </Form.Item>
        {!dims?.length && (
          <Form.Item name="categories" label={t('catalogue.categories')} extra={t('catalogue.categoriesHint')}>
            <Select mode="tags" allowClear tokenSeparators={[';']} />
          </Form.Item>
        )}
        <Form.Item name="description" label={t('catalogue.description')}>
          <Input.TextArea autoSize={{ minRows: 2 }} />
        </Form.Item>
        <Form.Item name="formula" label={t('catalogue.formula')}>
          <Input.TextArea autoSize />
        </Form.Item>
        <Space wrap>
          <Form.Item name="numerator" label={t('catalogue.numerator')}>
            <Input style={{ width: 300 }} />
          </Form.Item>
          <Form.Item name="denominator" label={t('catalogue.denominator')}>
            <Input style={{ width: 300 }} />
          </Form.Item>
        </Space>
        <Form.Item name="source" label={t('catalogue.source')}>
          <Input />
        </Form.Item>
      </Form>
    </Drawer>
  );
}

import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, App, Button, Card, Form, Input, InputNumber, Modal, Popconfirm, Radio, Select, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Scorecard, ScorecardMethod } from '../../../api/pending';
import type { Dimension, Indicator } from '../../../api/types';
import { ApiError, isApiError } from '../../../lib/api';
import { CategoryPicker } from '../../../lib/ui/CategoryPicker';
import { deleteScorecard, putScorecard, scorecardExists } from '../api';
import { emptyItem, scorecardBody, scorecardFormOf, splitScorecardErrors, type ItemForm, type ScorecardForm } from '../scorecardForm';

const METHODS: ScorecardMethod[] = ['presence', 'per_unit', 'threshold', 'bands', 'above_average', 'below_average'];
const COMPARATORS = ['gt', 'ge', 'lt', 'le', 'eq'] as const;
const SYMBOL = { gt: '>', ge: '≥', lt: '<', le: '≤', eq: '=' } as const;

type FieldErrors = Parameters<ReturnType<typeof Form.useForm<ScorecardForm>>[0]['setFields']>[0];

interface Props {
  open: boolean;
  scorecard: Scorecard | undefined;
  version: string | undefined;
  /** The keepers the caller may choose: the municipality's code and/or '' (the region). */
  keepers: { value: string; label: string }[];
  indicators: Indicator[];
  dimensions: Dimension[];
  onSaved: (s: Scorecard | undefined) => void;
  onClose: () => void;
}

/** A scorecard's items with the fields of each method; the server's 422 errors at their fields. */
export function ScorecardEditor(props: Props) {
  return props.open ? <EditorModal key={props.scorecard?.code ?? ''} {...props} /> : null;
}

function EditorModal({ scorecard, version, keepers, indicators, dimensions, onSaved, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<ScorecardForm>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const shown = useRef<(string | number)[][]>([]);
  const editing = !!scorecard;
  const items = (Form.useWatch('items', form) as ItemForm[] | undefined) ?? [];
  const byCode = new Map(indicators.map((i) => [i.code, i]));

  const fail = (e: unknown) => {
    if (isApiError(e, 412)) {
      setOther([t('rating.stale')]);
      return;
    }
    const { fields, other: rest } = splitScorecardErrors(e);
    form.setFields(fields as unknown as FieldErrors);
    shown.current = fields.map((x) => x.name);
    setOther(rest);
  };

  const submit = async () => {
    const f = form.getFieldsValue(true) as ScorecardForm;
    const code = editing ? scorecard.code : f.code.trim();
    form.setFields(shown.current.map((name) => ({ name, errors: [] })) as unknown as FieldErrors);
    shown.current = [];
    setOther([]);
    setBusy(true);
    try {
      if (!editing) {
        const msg = !code ? t('validation.required') : (await scorecardExists(code)) ? t('rating.exists', { code }) : undefined;
        if (msg)
          throw new ApiError(
            422,
            { type: 'about:blank', title: msg, status: 422, errors: [{ field: 'code', code: 'code', message: msg }] },
            msg,
          );
      }
      const saved = await putScorecard(code, scorecardBody({ ...f, code }), version);
      message.success(t('rating.saved', { name: saved?.name ?? f.name }));
      onSaved(saved ?? { code, name: f.name, level: f.level, items: [] });
      onClose();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  const remove = async () => {
    setBusy(true);
    try {
      await deleteScorecard(scorecard!.code, version);
      message.success(t('rating.deleted', { name: scorecard!.name }));
      onSaved(undefined);
      onClose();
    } catch (e) {
      fail(e);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={1000}
      title={editing ? t('rating.editTitle', { name: scorecard.name }) : t('rating.createTitle')}
      onCancel={onClose}
      destroyOnHidden
      footer={
        <Space>
          {editing && (
            <Popconfirm
              title={t('rating.deleteConfirm', { name: scorecard.name })}
              okText={t('common.delete')}
              cancelText={t('common.cancel')}
              okButtonProps={{ danger: true }}
              onConfirm={() => void remove()}
            >
              <Button danger icon={<DeleteOutlined />} data-testid="scorecard-delete">
                {t('common.delete')}
              </Button>
            </Popconfirm>
          )}
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          <Button type="primary" loading={busy} onClick={() => void submit()} data-testid="scorecard-save">
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      <Form form={form} layout="vertical" initialValues={scorecardFormOf(scorecard, keepers[0]?.value ?? '')}>
        <Space wrap align="start">
          <Form.Item name="code" label={t('rules.code')} style={{ width: 220 }}>
            <Input disabled={editing} data-testid="scorecard-code" />
          </Form.Item>
          <Form.Item name="name" label={t('rules.name')} style={{ width: 460 }}>
            <Input maxLength={300} data-testid="scorecard-name" />
          </Form.Item>
          <Form.Item name="keeper" label={t('rules.keeper')} style={{ width: 220 }}>
            <Select options={keepers} disabled={keepers.length < 2} data-testid="scorecard-keeper" />
          </Form.Item>
          <Form.Item name="level" label={t('rules.level')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'organization', label: t('rules.levelOrganization') },
                { value: 'municipality', label: t('rules.levelMunicipality') },
              ]}
            />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('rules.description')}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} data-testid="scorecard-description" />
        </Form.Item>
        <Typography.Title level={5}>{t('rating.items')}</Typography.Title>
        <Form.List name="items">
          {(rows, { add, remove: drop }) => (
            <>
              {rows.map((row, i) => {
                const it = items[i] ?? emptyItem(i + 1);
                return (
                  <Card
                    key={row.key}
                    size="small"
                    style={{ marginBottom: 8 }}
                    data-testid={`item-${i}`}
                    extra={
                      rows.length > 1 ? (
                        <Button
                          size="small"
                          icon={<DeleteOutlined />}
                          aria-label={t('rating.removeItem', { n: i + 1 })}
                          onClick={() => drop(row.name)}
                        />
                      ) : undefined
                    }
                    title={t('rating.itemN', { n: i + 1 })}
                  >
                    <Space wrap align="start">
                      <Form.Item name={[row.name, 'code']} label={t('rules.code')} style={{ width: 120 }}>
                        <Input />
                      </Form.Item>
                      <Form.Item name={[row.name, 'indicator']} label={t('dashboard.indicator')} style={{ width: 380 }}>
                        <Select
                          showSearch={{ optionFilterProp: 'label' }}
                          placeholder={t('rules.pickIndicator')}
                          options={indicators.map((x) => ({ value: x.code, label: `${x.code} — ${x.nameRu}` }))}
                          onChange={() => form.setFieldValue(['items', row.name, 'category'], '')}
                          data-testid={`item-${i}-indicator`}
                        />
                      </Form.Item>
                      <Form.Item name={[row.name, 'category']} label={t('category.label')}>
                        <CategoryPicker indicator={it.indicator ? byCode.get(it.indicator) : undefined} dimensions={dimensions} />
                      </Form.Item>
                    </Space>
                    <Space wrap align="start">
                      <Form.Item name={[row.name, 'name']} label={t('rating.itemName')} style={{ width: 560 }}>
                        <Input maxLength={300} data-testid={`item-${i}-name`} />
                      </Form.Item>
                      <Form.Item name={[row.name, 'area']} label={t('rating.area')} style={{ width: 300 }}>
                        <Input maxLength={200} data-testid={`item-${i}-area`} />
                      </Form.Item>
                    </Space>
                    <Space wrap align="start">
                      <Form.Item name={[row.name, 'method']} label={t('rating.method')} extra={t(`rating.methodHint.${it.method}`)}>
                        <Select
                          style={{ width: 260 }}
                          options={METHODS.map((k) => ({ value: k, label: t(`rating.methods.${k}`) }))}
                          data-testid={`item-${i}-method`}
                        />
                      </Form.Item>
                      {it.method !== 'bands' && (
                        <Form.Item name={[row.name, 'points']} label={t('rating.points')}>
                          <InputNumber decimalSeparator="," style={{ width: 110 }} data-testid={`item-${i}-points`} />
                        </Form.Item>
                      )}
                      {it.method === 'threshold' && (
                        <>
                          <Form.Item name={[row.name, 'comparator']} label={t('rules.comparator')}>
                            <Select
                              style={{ width: 170 }}
                              options={COMPARATORS.map((k) => ({ value: k, label: `${SYMBOL[k]} ${t(`rules.cmp.${k}`)}` }))}
                            />
                          </Form.Item>
                          <Form.Item name={[row.name, 'value']} label={t('rules.threshold')}>
                            <InputNumber decimalSeparator="," style={{ width: 120 }} />
                          </Form.Item>
                        </>
                      )}
                      <Form.Item name={[row.name, 'weight']} label={t('rating.weight')}>
                        <InputNumber decimalSeparator="," style={{ width: 100 }} />
                      </Form.Item>
                    </Space>
                    {it.method === 'bands' && (
                      <Form.List name={[row.name, 'bands']}>
                        {(bands, { add: addBand, remove: dropBand }) => (
                          <div>
                            {bands.map((b) => (
                              <Space key={b.key} align="start">
                                <Form.Item name={[b.name, 'from']} label={t('rating.from')}>
                                  <InputNumber decimalSeparator="," style={{ width: 110 }} />
                                </Form.Item>
                                <Form.Item name={[b.name, 'to']} label={t('rating.to')}>
                                  <InputNumber decimalSeparator="," style={{ width: 110 }} />
                                </Form.Item>
                                <Form.Item name={[b.name, 'points']} label={t('rating.points')}>
                                  <InputNumber decimalSeparator="," style={{ width: 100 }} />
                                </Form.Item>
                                <Button
                                  style={{ marginTop: 30 }}
                                  icon={<DeleteOutlined />}
                                  aria-label={t('rating.removeBand')}
                                  onClick={() => dropBand(b.name)}
                                />
                              </Space>
                            ))}
                            <Button size="small" icon={<PlusOutlined />} onClick={() => addBand({ from: null, to: null, points: null })}>
                              {t('rating.addBand')}
                            </Button>
                          </div>
                        )}
                      </Form.List>
                    )}
                  </Card>
                );
              })}
              <Button icon={<PlusOutlined />} onClick={() => add(emptyItem(rows.length + 1))} data-testid="item-add">
                {t('rating.addItem')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      {other.length > 0 && (
        <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={other.join(' ')} data-testid="scorecard-error" />
      )}
    </Modal>
  );
}

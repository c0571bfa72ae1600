import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Checkbox, Form, Input, InputNumber, Modal, Radio, Select, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Dimension, Indicator, Rule, RuleWrite } from '../../../api/types';
import { isApiError } from '../../../lib/api';
import { windowText } from '../../../lib/risk';
import { CategoryPicker } from '../../../lib/ui/CategoryPicker';
import { emptyCondition, ruleBody, ruleFormOf, splitRuleErrors, type ConditionForm, type FieldPath, type RuleForm } from '../ruleForm';

type FieldErrors = Parameters<ReturnType<typeof Form.useForm<RuleForm>>[0]['setFields']>[0];

const COMPARATORS = ['gt', 'ge', 'lt', 'le', 'eq'] as const;
const SYMBOL: Record<(typeof COMPARATORS)[number], string> = { gt: '>', ge: '≥', lt: '<', le: '≤', eq: '=' };

interface Props {
  open: boolean;
  /** The rule being edited (with the version its ETag named), or none for a new one. */
  rule: Rule | undefined;
  version: string | undefined;
  /** The keepers the caller may choose: the municipality's code and/or '' (the region). */
  keepers: { value: string; label: string }[];
  indicators: Indicator[];
  dimensions: Dimension[];
  onSave: (code: string, body: RuleWrite, version: string | undefined) => Promise<unknown>;
  onClose: () => void;
}

/** Creating or editing a rule; conditions as rows; the server's 422 errors go to their fields. */
export function RuleEditor(props: Props) {
  return props.open ? <EditorModal key={props.rule?.code ?? ''} {...props} /> : null;
}

function EditorModal({ rule, version, keepers, indicators, dimensions, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<RuleForm>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const shown = useRef<FieldPath[]>([]);
  const editing = !!rule;
  const level = Form.useWatch('level', form) ?? rule?.level ?? 'organization';
  const conditions = (Form.useWatch('conditions', form) as ConditionForm[] | undefined) ?? [];
  const win = Form.useWatch('window', form);
  const minYears = Form.useWatch('minYears', form);
  const preceding = Form.useWatch('preceding', form);
  const byCode = new Map(indicators.map((i) => [i.code, i]));
  const choosable = indicators.filter((i) => level !== 'organization' || i.level === 'organization');

  const submit = async () => {
    const f = form.getFieldsValue(true) as RuleForm;
    const code = editing ? rule.code : f.code.trim();
    form.setFields(shown.current.map((name) => ({ name, errors: [] })) as unknown as FieldErrors);
    shown.current = [];
    setOther([]);
    setBusy(true);
    try {
      await onSave(code, ruleBody({ ...f, code }), version);
      onClose();
    } catch (e) {
      if (isApiError(e, 412)) {
        setOther([t('rules.stale')]);
        return;
      }
      const { fields, other: rest } = splitRuleErrors(e, f.conditions);
      form.setFields(fields as unknown as FieldErrors);
      shown.current = fields.map((x) => x.name);
      setOther(rest);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={980}
      title={editing ? t('rules.editTitle', { name: rule.name }) : t('rules.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'rule-save' } as React.ComponentProps<typeof Button>}
      destroyOnHidden
    >
      <Form form={form} layout="vertical" initialValues={ruleFormOf(rule, keepers[0]?.value ?? '')}>
        <Space wrap align="start">
          <Form.Item name="code" label={t('rules.code')} extra={editing ? undefined : t('groups.codeHint')} style={{ width: 220 }}>
            <Input disabled={editing} data-testid="rule-code" />
          </Form.Item>
          <Form.Item name="name" label={t('rules.name')} style={{ width: 460 }}>
            <Input maxLength={300} data-testid="rule-name" />
          </Form.Item>
          <Form.Item name="keeper" label={t('rules.keeper')} style={{ width: 220 }}>
            <Select options={keepers} data-testid="rule-keeper" />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('rules.description')}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Space wrap align="start" size={24}>
          <Form.Item name="level" label={t('rules.level')}>
            <Radio.Group
              optionType="button"
              options={[
                { value: 'organization', label: t('rules.levelOrganization') },
                { value: 'municipality', label: t('rules.levelMunicipality') },
              ]}
            />
          </Form.Item>
          <Form.Item name="combine" label={t('rules.combine')}>
            <Radio.Group
              options={[
                { value: 'any', label: t('rules.combineAny') },
                { value: 'all', label: t('rules.combineAll') },
              ]}
            />
          </Form.Item>
          <Form.Item name="minYears" label={t('rules.minYears')} style={{ width: 170 }}>
            <InputNumber min={1} max={20} precision={0} style={{ width: 90 }} data-testid="rule-min-years" />
          </Form.Item>
          <Form.Item name="window" label={t('rules.window')} style={{ width: 170 }}>
            <InputNumber min={1} max={20} precision={0} style={{ width: 90 }} data-testid="rule-window" />
          </Form.Item>
        </Space>
        <Form.Item name="preceding" valuePropName="checked" style={{ marginTop: -8, marginBottom: 8 }}>
          <Checkbox data-testid="rule-preceding">{t('rules.preceding')}</Checkbox>
        </Form.Item>
        {typeof win === 'number' && typeof minYears === 'number' && (
          <Typography.Paragraph type="secondary" data-testid="rule-window-text">
            {t('rules.windowPreview', { text: windowText({ window: win, minYears, preceding: !!preceding }, undefined, t) })}
          </Typography.Paragraph>
        )}
        <Typography.Title level={5}>{t('rules.conditions')}</Typography.Title>
        <Form.List name="conditions">
          {(rows, { add, remove }) => (
            <>
              {rows.map((row, i) => {
                const c = conditions[i] ?? emptyCondition();
                const ind = c.indicator ? byCode.get(c.indicator) : undefined;
                return (
                  <Card
                    key={row.key}
                    size="small"
                    style={{ marginBottom: 8 }}
                    data-testid={`condition-${i}`}
                    title={t('rules.conditionN', { n: i + 1 })}
                    extra={
                      rows.length > 1 ? (
                        <Button
                          size="small"
                          icon={<DeleteOutlined />}
                          aria-label={t('rules.removeCondition', { n: i + 1 })}
                          onClick={() => remove(row.name)}
                        />
                      ) : undefined
                    }
                  >
                    <Space wrap align="start">
                      <Form.Item name={[row.name, 'indicator']} label={t('dashboard.indicator')} style={{ width: 420 }}>
                        <Select
                          showSearch={{ optionFilterProp: 'label' }}
                          placeholder={t('rules.pickIndicator')}
                          options={choosable.map((x) => ({ value: x.code, label: `${x.code} — ${x.nameRu}` }))}
                          onChange={() => form.setFieldValue(['conditions', row.name, 'category'], '')}
                          data-testid={`condition-${i}-indicator`}
                        />
                      </Form.Item>
                      <Form.Item name={[row.name, 'category']} label={t('category.label')}>
                        <CategoryPicker indicator={ind} dimensions={dimensions} testId={`condition-${i}-category`} />
                      </Form.Item>
                    </Space>
                    <Form.Item name={[row.name, 'kind']} label={t('rules.test')} style={{ marginBottom: 8 }}>
                      <Radio.Group
                        data-testid={`condition-${i}-kind`}
                        options={[
                          { value: 'threshold', label: t('rules.kindThreshold') },
                          { value: 'missingOrZero', label: t('rules.kindMissing') },
                          { value: 'average', label: t('rules.kindAverage') },
                        ]}
                      />
                    </Form.Item>
                    {c.kind === 'threshold' && (
                      <Space wrap align="start">
                        <Form.Item name={[row.name, 'comparator']} label={t('rules.comparator')}>
                          <Select
                            style={{ width: 200 }}
                            options={COMPARATORS.map((k) => ({ value: k, label: `${SYMBOL[k]} ${t(`rules.cmp.${k}`)}` }))}
                            data-testid={`condition-${i}-comparator`}
                          />
                        </Form.Item>
                        <Form.Item name={[row.name, 'value']} label={t('rules.threshold')}>
                          <InputNumber decimalSeparator="," style={{ width: 140 }} data-testid={`condition-${i}-value`} />
                        </Form.Item>
                      </Space>
                    )}
                    {c.kind === 'average' && (
                      <Form.Item name={[row.name, 'average']} label={t('rules.average')}>
                        <Radio.Group
                          options={[
                            { value: 'above', label: t('rules.above') },
                            { value: 'below', label: t('rules.below') },
                          ]}
                        />
                      </Form.Item>
                    )}
                    {c.kind === 'missingOrZero' && (
                      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
                        {t('rules.missingHint')}
                      </Typography.Paragraph>
                    )}
                  </Card>
                );
              })}
              <Button icon={<PlusOutlined />} onClick={() => add(emptyCondition())} data-testid="condition-add">
                {t('rules.addCondition')}
              </Button>
            </>
          )}
        </Form.List>
      </Form>
      {other.length > 0 && (
        <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={other.join(' ')} data-testid="rule-error" />
      )}
    </Modal>
  );
}

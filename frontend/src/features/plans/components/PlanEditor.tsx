import { Alert, Button, Form, Input, InputNumber, Modal, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Plan, PlanWrite } from '../../../api/pending';
import { isApiError } from '../../../lib/api';
import { planBody, planFormOf, splitErrors, type PlanForm } from '../model';

const FIELDS = ['code', 'name', 'yearFrom', 'yearTo', 'description'] as const;

interface Props {
  open: boolean;
  plan: Plan | undefined;
  /** The plan's municipality; null for a regional plan. */
  municipality: string | null;
  onSave: (code: string, body: PlanWrite, version: number | undefined) => Promise<unknown>;
  onClose: () => void;
}

/** «Новый план» (plan undefined) or editing one; the server's 422/409 answers go to the fields or below. */
export function PlanEditor(props: Props) {
  return props.open ? <EditorModal key={props.plan?.code ?? ''} {...props} /> : null;
}

function EditorModal({ plan, municipality, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<PlanForm>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const editing = !!plan;

  const submit = async () => {
    const f = { ...planFormOf(undefined), ...form.getFieldsValue(true) } as PlanForm;
    const code = editing ? plan.code : f.code.trim();
    setBusy(true);
    setOther([]);
    try {
      await onSave(code, planBody(f, municipality), plan?.version);
      onClose();
    } catch (e) {
      if (isApiError(e, 412)) {
        setOther([t('plans.stale')]);
        return;
      }
      const { fields, other: rest } = splitErrors(e, FIELDS);
      form.setFields(fields);
      setOther(rest);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={640}
      title={editing ? t('plans.editTitle', { name: plan.name }) : t('plans.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'plan-save' } as React.ComponentProps<typeof Button>}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={planFormOf(plan)}
        onValuesChange={(changed: Partial<PlanForm>) =>
          form.setFields((Object.keys(changed) as (keyof PlanForm)[]).map((name) => ({ name, errors: [] })))
        }
      >
        <Form.Item name="code" label={t('plans.code')} extra={editing ? undefined : t('plans.codeHint')}>
          <Input disabled={editing} style={{ width: 240 }} data-testid="plan-code" />
        </Form.Item>
        <Form.Item name="name" label={t('plans.name')}>
          <Input maxLength={500} data-testid="plan-name" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="yearFrom" label={t('plans.yearFrom')}>
            <InputNumber controls={false} style={{ width: 120 }} data-testid="plan-year-from" />
          </Form.Item>
          <Form.Item name="yearTo" label={t('plans.yearTo')}>
            <InputNumber controls={false} style={{ width: 120 }} data-testid="plan-year-to" />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('plans.description')}>
          <Input.TextArea rows={3} maxLength={5000} />
        </Form.Item>
      </Form>
      {other.length > 0 && <Alert type="error" showIcon role="alert" title={other.join(' ')} data-testid="plan-error" />}
    </Modal>
  );
}

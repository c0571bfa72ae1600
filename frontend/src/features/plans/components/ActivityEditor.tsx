import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity, ActivityWrite } from '../../../api/pending';
import { isApiError } from '../../../lib/api';
import { useGroups, useIndicators, useOrganizations } from '../../../lib/queries';
import { activityBody, activityFormOf, RECURRENCES, splitErrors, STATUSES, type ActivityForm, type NodeOption } from '../model';

const FIELDS = [
  'code',
  'title',
  'node',
  'due',
  'recurrence',
  'responsible',
  'responsibleUsers',
  'result',
  'resultIndicator',
  'resultTarget',
  'status',
  'indicators',
  'organizations',
  'groups',
] as const;

interface Props {
  open: boolean;
  activity: Activity | undefined;
  /** The node a new activity goes under. */
  node?: string;
  suggestedCode?: string;
  municipality: string | null | undefined;
  nodes: NodeOption[];
  onSave: (code: string, body: ActivityWrite, version: number | undefined) => Promise<unknown>;
  onClose: () => void;
}

/**
 * Creating or editing an activity. The deadline is free text («до декабря 2024», «II квартал
 * 2024», «2024-09»…): the server parses it and its 422 on `due` shows under the field.
 */
export function ActivityEditor(props: Props) {
  return props.open ? <EditorModal key={props.activity?.code ?? `new:${props.node ?? ''}`} {...props} /> : null;
}

function EditorModal({ activity, node, suggestedCode, municipality, nodes, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<ActivityForm>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const indicators = useIndicators();
  const orgs = useOrganizations(municipality ?? undefined);
  const groups = useGroups(municipality ?? undefined);
  const editing = !!activity;
  const indicatorOptions = (indicators.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.nameRu} (${i.code})` }));

  const submit = async () => {
    const f = { ...activityFormOf(undefined), ...form.getFieldsValue(true) } as ActivityForm;
    const code = editing ? activity.code : f.code.trim();
    setBusy(true);
    setOther([]);
    try {
      await onSave(code, activityBody(f), activity?.version);
      onClose();
    } catch (e) {
      if (isApiError(e, 412)) {
        setOther([t('activities.stale')]);
        return;
      }
      const { fields, other: rest } = splitErrors(e, FIELDS);
      form.setFields(fields);
      setOther(rest);
    } finally {
      setBusy(false);
    }
  };

  const initial = { ...activityFormOf(activity, node), ...(editing ? {} : { code: suggestedCode ?? '' }) };

  return (
    <Modal
      open
      width={820}
      title={editing ? t('activities.editTitle', { title: activity.title }) : t('activities.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'activity-save' } as React.ComponentProps<typeof Button>}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={initial}
        onValuesChange={(changed: Partial<ActivityForm>) =>
          form.setFields((Object.keys(changed) as (keyof ActivityForm)[]).map((name) => ({ name, errors: [] })))
        }
      >
        <Space wrap align="start">
          <Form.Item name="code" label={t('activities.code')} extra={editing ? undefined : t('activities.codeHint')}>
            <Input disabled={editing} style={{ width: 180 }} data-testid="activity-code" />
          </Form.Item>
          <Form.Item name="status" label={t('activities.statusField')}>
            <Select style={{ width: 180 }} options={STATUSES.map((s) => ({ value: s, label: t(`activities.status.${s}`) }))} />
          </Form.Item>
          <Form.Item name="node" label={t('activities.node')}>
            <Select
              allowClear
              style={{ width: 340 }}
              placeholder={t('activities.noNode')}
              options={nodes.map((n) => ({ value: n.code, label: `${t(`plans.kindName.${n.kind}`)}: ${n.title}` }))}
            />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t('activities.titleField')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="activity-title" />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="due" label={t('activities.due')} extra={t('activities.dueHint')} style={{ width: 420 }}>
            <Input data-testid="activity-due" />
          </Form.Item>
          <Form.Item name="recurrence" label={t('activities.recurrence')}>
            <Select
              allowClear
              style={{ width: 180 }}
              placeholder={t('activities.once')}
              options={RECURRENCES.map((r) => ({ value: r, label: t(`activities.recurrenceName.${r}`) }))}
            />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="responsible" label={t('activities.responsible')} style={{ width: 380 }}>
            <Input placeholder={t('activities.responsiblePlaceholder')} maxLength={500} data-testid="activity-responsible" />
          </Form.Item>
          <Form.Item name="responsibleUsers" label={t('activities.responsibleUsers')} extra={t('activities.responsibleUsersHint')}>
            <Select mode="tags" style={{ width: 340 }} open={false} tokenSeparators={[',', ' ']} />
          </Form.Item>
        </Space>
        <Form.Item name="result" label={t('activities.result')}>
          <Input.TextArea rows={2} maxLength={2000} />
        </Form.Item>
        <Space wrap align="start">
          <Form.Item name="resultIndicator" label={t('activities.resultIndicator')}>
            <Select allowClear style={{ width: 420 }} showSearch={{ optionFilterProp: 'label' }} options={indicatorOptions} />
          </Form.Item>
          <Form.Item name="resultTarget" label={t('activities.resultTarget')}>
            <InputNumber controls={false} decimalSeparator="," style={{ width: 140 }} />
          </Form.Item>
        </Space>
        <Form.Item name="indicators" label={t('activities.indicators')}>
          <Select mode="multiple" loading={indicators.isLoading} showSearch={{ optionFilterProp: 'label' }} options={indicatorOptions} />
        </Form.Item>
        {municipality && (
          <Space wrap align="start" style={{ width: '100%' }}>
            <Form.Item name="organizations" label={t('activities.organizations')} style={{ minWidth: 380 }}>
              <Select
                mode="multiple"
                loading={orgs.isLoading}
                showSearch={{ optionFilterProp: 'label' }}
                options={(orgs.data?.items ?? []).map((o) => ({ value: o.code, label: o.name ?? o.code }))}
              />
            </Form.Item>
            <Form.Item name="groups" label={t('activities.groups')} style={{ minWidth: 300 }}>
              <Select
                mode="multiple"
                loading={groups.isLoading}
                options={(groups.data?.items ?? []).map((g) => ({ value: g.code, label: g.name ?? g.code }))}
              />
            </Form.Item>
          </Space>
        )}
      </Form>
      {other.length > 0 && <Alert type="error" showIcon role="alert" title={other.join(' ')} data-testid="activity-error" />}
    </Modal>
  );
}

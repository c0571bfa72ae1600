import { Alert, Button, Form, Input, InputNumber, Modal, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanNode, PlanNodeWrite } from '../../../api/pending';
import { useIndicators } from '../../../lib/queries';
import { NODE_KINDS, nodeBody, nodeFormOf, splitErrors, type NodeForm, type NodeOption } from '../model';

const FIELDS = ['code', 'kind', 'title', 'parent', 'indicators', 'position'] as const;

interface Props {
  open: boolean;
  node: PlanNode | undefined;
  /** The parent a new node goes under. */
  parent?: string;
  nodes: NodeOption[];
  onSave: (code: string, body: PlanNodeWrite, isNew: boolean) => Promise<unknown>;
  onClose: () => void;
}

/** A goal, project or task of the plan's tree: creating or editing; the server's errors at the fields. */
export function NodeEditor(props: Props) {
  return props.open ? <EditorModal key={props.node?.code ?? `new:${props.parent ?? ''}`} {...props} /> : null;
}

function EditorModal({ node, parent, nodes, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<NodeForm>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const indicators = useIndicators();
  const editing = !!node;

  const submit = async () => {
    const f = { ...nodeFormOf(undefined), ...form.getFieldsValue(true) } as NodeForm;
    const code = editing ? node.code : f.code.trim();
    setBusy(true);
    setOther([]);
    try {
      await onSave(code, nodeBody(f), !editing);
      onClose();
    } catch (e) {
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
      width={720}
      title={editing ? t('plans.nodeEditTitle', { title: node.title }) : t('plans.nodeCreateTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'node-save' } as React.ComponentProps<typeof Button>}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={nodeFormOf(node, parent)}
        onValuesChange={(changed: Partial<NodeForm>) =>
          form.setFields((Object.keys(changed) as (keyof NodeForm)[]).map((name) => ({ name, errors: [] })))
        }
      >
        <Space wrap align="start">
          <Form.Item name="kind" label={t('plans.kind')}>
            <Select style={{ width: 160 }} options={NODE_KINDS.map((k) => ({ value: k, label: t(`plans.kindName.${k}`) }))} />
          </Form.Item>
          <Form.Item name="code" label={t('plans.code')} extra={editing ? undefined : t('plans.nodeCodeHint')}>
            <Input disabled={editing} style={{ width: 200 }} data-testid="node-code" />
          </Form.Item>
          <Form.Item name="position" label={t('plans.position')}>
            <InputNumber controls={false} style={{ width: 100 }} />
          </Form.Item>
        </Space>
        <Form.Item name="title" label={t('plans.nodeTitle')}>
          <Input.TextArea rows={2} maxLength={2000} data-testid="node-title" />
        </Form.Item>
        <Form.Item name="parent" label={t('plans.parent')}>
          <Select
            allowClear
            placeholder={t('plans.noParent')}
            options={nodes
              .filter((n) => n.code !== node?.code)
              .map((n) => ({ value: n.code, label: `${'  '.repeat(n.depth)}${t(`plans.kindName.${n.kind}`)}: ${n.title}` }))}
          />
        </Form.Item>
        <Form.Item name="indicators" label={t('plans.indicators')} extra={t('plans.indicatorsHint')}>
          <Select
            mode="multiple"
            loading={indicators.isLoading}
            showSearch={{ optionFilterProp: 'label' }}
            options={(indicators.data?.items ?? []).map((i) => ({ value: i.code, label: `${i.nameRu} (${i.code})` }))}
          />
        </Form.Item>
      </Form>
      {other.length > 0 && <Alert type="error" showIcon role="alert" title={other.join(' ')} data-testid="node-error" />}
    </Modal>
  );
}

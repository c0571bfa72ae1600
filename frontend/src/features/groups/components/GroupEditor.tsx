import { Alert, Button, Form, Input, InputNumber, Modal, Space, Transfer } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Group, Organization } from '../../../api/types';
import { isApiError } from '../../../lib/api';
import { formOf, groupBody, splitErrors, type GroupForm } from '../model';

interface Props {
  open: boolean;
  group: Group | undefined;
  organizations: Organization[];
  onSave: (code: string, body: ReturnType<typeof groupBody>, version: number | undefined) => Promise<unknown>;
  onClose: () => void;
}

/** Creating (group undefined) or editing a register; the server's 422 errors go to their fields. */
export function GroupEditor(props: Props) {
  // a fresh form for every opening (the register's current fields, no errors left over)
  return props.open ? <EditorModal key={props.group?.code ?? ''} {...props} /> : null;
}

function EditorModal({ group, organizations, onSave, onClose }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<GroupForm>();
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string[]>([]);
  const editing = !!group;

  const submit = async () => {
    const f = { ...formOf(undefined), ...form.getFieldsValue(true) } as GroupForm;
    const code = editing ? (group?.code ?? '') : f.code.trim();
    setBusy(true);
    setOther([]);
    try {
      await onSave(code, groupBody({ ...f, code }), group?.version);
      onClose();
    } catch (e) {
      if (isApiError(e, 412)) {
        setOther([t('groups.stale')]);
        return;
      }
      const { fields, other: rest } = splitErrors(e);
      form.setFields(fields);
      setOther(rest);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Modal
      open
      width={820}
      title={editing ? t('groups.editTitle', { name: group?.name }) : t('groups.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      onOk={() => void submit()}
      onCancel={onClose}
      confirmLoading={busy}
      okButtonProps={{ 'data-testid': 'group-save' } as React.ComponentProps<typeof Button>}
      destroyOnHidden
    >
      <Form
        form={form}
        layout="vertical"
        initialValues={formOf(group)}
        onValuesChange={(changed: Partial<GroupForm>) =>
          form.setFields((Object.keys(changed) as (keyof GroupForm)[]).map((name) => ({ name, errors: [] })))
        }
      >
        <Space wrap align="start">
          <Form.Item name="code" label={t('groups.code')} extra={editing ? undefined : t('groups.codeHint')} style={{ width: 220 }}>
            <Input disabled={editing} data-testid="group-code" />
          </Form.Item>
          <Form.Item name="name" label={t('groups.name')} style={{ width: 380 }}>
            <Input maxLength={300} data-testid="group-name" />
          </Form.Item>
        </Space>
        <Space wrap align="start">
          <Form.Item name="yearFrom" label={t('groups.yearFrom')}>
            <InputNumber controls={false} style={{ width: 120 }} data-testid="group-year-from" />
          </Form.Item>
          <Form.Item name="yearTo" label={t('groups.yearTo')} extra={t('groups.yearToHint')}>
            <InputNumber controls={false} style={{ width: 120 }} data-testid="group-year-to" />
          </Form.Item>
        </Space>
        <Form.Item name="description" label={t('groups.description')}>
          <Input.TextArea rows={2} maxLength={5000} />
        </Form.Item>
        <Form.Item name="organizations" label={t('groups.schools')} valuePropName="targetKeys">
          <Transfer
            dataSource={organizations.map((o) => ({ key: o.code ?? '', title: o.name ?? o.code ?? '', description: o.code }))}
            render={(i) => i.title}
            showSearch
            filterOption={(q, i) => `${i.title} ${i.description}`.toLowerCase().includes(q.trim().toLowerCase())}
            titles={[t('groups.available'), t('groups.chosen')]}
            styles={{ section: { width: 360, height: 320 } }}
            locale={{ searchPlaceholder: t('schools.search'), notFoundContent: t('schools.none') }}
          />
        </Form.Item>
      </Form>
      {other.length > 0 && <Alert type="error" showIcon role="alert" title={other.join(' ')} data-testid="group-error" />}
    </Modal>
  );
}

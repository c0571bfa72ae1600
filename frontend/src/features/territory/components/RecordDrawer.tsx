import { InboxOutlined, UndoOutlined } from '@ant-design/icons';
import { Alert, Button, Drawer, Form, type FormInstance, Popconfirm, Space } from 'antd';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RecordStatus } from '../../../api/pending';
import { ApiError } from '../../../lib/api';
import { formFields } from '../../../lib/formErrors';
import { ProblemAlert } from '../../../lib/ui/states';

/**
 * A drawer with the form of a territory record (a municipality or an organization): save, archive and
 * restore; the server's checks come back as field errors under the fields, its other verdicts above the form.
 */
export function RecordDrawer<T extends { code?: string; status?: RecordStatus }>({
  open,
  title,
  form,
  initial,
  creating,
  onClose,
  onSave,
  children,
  testId,
}: {
  open: boolean;
  title: string;
  form: FormInstance<T>;
  initial: Partial<T> | undefined;
  creating: boolean;
  onClose: () => void;
  /** Saves the form's values (with the status patched in for archive / restore); throws the server's error. */
  onSave: (values: T) => Promise<void>;
  children: ReactNode;
  testId: string;
}) {
  const { t } = useTranslation();
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<unknown>(null);

  const [shownFor, setShownFor] = useState(initial);
  if (shownFor !== initial) {
    // another record: forget the last one's error (set while rendering, as for derived state)
    setShownFor(initial);
    setError(null);
  }

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    if (initial) form.setFieldsValue(initial as never);
  }, [open, initial, form]);

  const save = async (status?: RecordStatus) => {
    let values: T;
    try {
      values = await form.validateFields();
    } catch {
      return;
    }
    setSaving(true);
    setError(null);
    try {
      await onSave(status ? { ...values, status } : values);
    } catch (e) {
      setError(e);
      if (e instanceof ApiError) form.setFields(formFields(e.fieldErrors()) as never);
    } finally {
      setSaving(false);
    }
  };

  const archived = initial?.status === 'archived';
  return (
    <Drawer
      open={open}
      onClose={onClose}
      title={title}
      size="default"
      destroyOnHidden
      extra={
        <Space wrap>
          <Button onClick={onClose}>{t('common.cancel')}</Button>
          {!creating && !archived && (
            <Popconfirm title={t('territory.archiveConfirm')} onConfirm={() => void save('archived')}>
              <Button icon={<InboxOutlined />} loading={saving} data-testid={`${testId}-archive`}>
                {t('territory.archive')}
              </Button>
            </Popconfirm>
          )}
          {!creating && archived && (
            <Button icon={<UndoOutlined />} loading={saving} onClick={() => void save('active')} data-testid={`${testId}-restore`}>
              {t('territory.restore')}
            </Button>
          )}
          <Button type="primary" loading={saving} onClick={() => void save()} data-testid={`${testId}-save`}>
            {t('common.save')}
          </Button>
        </Space>
      }
    >
      {archived && <Alert type="info" showIcon title={t('territory.archivedNote')} style={{ marginBottom: 12 }} />}
      {error !== null && <ProblemAlert error={error} style={{ marginBottom: 12 }} />}
      <Form form={form} layout="vertical" requiredMark data-testid={`${testId}-form`}>
        {children}
      </Form>
    </Drawer>
  );
}

import { SaveOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../../../lib/api';
import { qk } from '../../../lib/queries';
import { createRegister, registerExists } from '../api';
import { suggestedRegisterCode } from '../model';

interface Props {
  municipality: string;
  rule: string;
  ruleName: string;
  year: number;
  organizations: string[];
}

interface RegisterForm {
  code: string;
  name: string;
}

/**
 * «Сохранить как реестр»: the flagged schools of a rule become a register of the year (how the
 * department approves its «перечень ШНОР»), after asking for its code and name; then a link to it.
 */
export function SaveRegister({ municipality, rule, ruleName, year, organizations }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string | undefined>();
  const [saved, setSaved] = useState<{ code: string; name: string } | undefined>();
  const [form] = Form.useForm<RegisterForm>();
  const m = `/municipalities/${encodeURIComponent(municipality)}`;

  const submit = async () => {
    const f = form.getFieldsValue(true) as RegisterForm;
    const code = (f.code ?? '').trim();
    setOther(undefined);
    if (!code) {
      form.setFields([{ name: 'code', errors: [t('validation.required')] }]);
      return;
    }
    setBusy(true);
    try {
      if (await registerExists(municipality, code)) {
        form.setFields([{ name: 'code', errors: [t('groups.exists', { code })] }]);
        return;
      }
      const g = await createRegister(municipality, code, { name: f.name, yearFrom: year, yearTo: year, organizations });
      setSaved({ code, name: g?.name ?? f.name });
      setOpen(false);
      void qc.invalidateQueries({ queryKey: qk.groups(municipality) });
    } catch (e) {
      const fields = e instanceof ApiError ? (e.problem?.errors ?? []) : [];
      const known = fields.filter((fe) => fe.field === 'code' || fe.field === 'name');
      form.setFields(known.map((fe) => ({ name: fe.field as keyof RegisterForm, errors: [fe.message ?? ''] })));
      const rest = fields.filter((fe) => !known.includes(fe)).map((fe) => `${fe.field}: ${fe.message}`);
      if (rest.length || !known.length) setOther([...(rest.length ? rest : [e instanceof Error ? e.message : String(e)])].join(' '));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {saved ? (
        <Link to={`${m}/groups/${encodeURIComponent(saved.code)}`} data-testid={`register-link-${rule}`}>
          {t('risk.register.open', { name: saved.name })}
        </Link>
      ) : (
        <Button icon={<SaveOutlined />} onClick={() => setOpen(true)} data-testid={`save-register-${rule}`}>
          {t('risk.register.save')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('risk.register.title')}
        okText={t('common.save')}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        confirmLoading={busy}
        okButtonProps={{ 'data-testid': 'register-save' } as React.ComponentProps<typeof Button>}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('risk.register.intro', { count: organizations.length, year, rule: ruleName })}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{ code: suggestedRegisterCode(rule, year), name: t('risk.register.defaultName', { rule: ruleName, year }) }}
          onValuesChange={(changed: Partial<RegisterForm>) =>
            form.setFields((Object.keys(changed) as (keyof RegisterForm)[]).map((name) => ({ name, errors: [] })))
          }
        >
          <Form.Item name="code" label={t('groups.code')} extra={t('groups.codeHint')}>
            <Input data-testid="register-code" />
          </Form.Item>
          <Form.Item name="name" label={t('groups.name')}>
            <Input maxLength={300} data-testid="register-name" />
          </Form.Item>
        </Form>
        {other && <Alert type="error" showIcon role="alert" title={other} data-testid="register-error" />}
      </Modal>
    </>
  );
}

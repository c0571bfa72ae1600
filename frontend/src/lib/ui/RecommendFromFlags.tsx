import { SendOutlined } from '@ant-design/icons';
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Modal, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { ApiError } from '../api';
import { useIndicators } from '../queries';
import { createRecommendations, defaultDue, looksLikeDue, recKeys } from '../recommendations';

interface Props {
  municipality: string;
  rule: string;
  ruleName: string;
  year: number;
  count: number;
  indicators: string[];
}

interface RecForm {
  title: string;
  text: string;
  due: string;
  indicators: string[];
}

/**
 * «Рекомендовать»: one recommendation to every school the rule flags in the year (the server takes
 * the schools and their reasons from the flags), then a link to them.
 */
export function RecommendFromFlags({ municipality, rule, ruleName, year, count, indicators }: Props) {
  const { t } = useTranslation();
  const qc = useQueryClient();
  const catalogue = useIndicators();
  const [open, setOpen] = useState(false);
  const [busy, setBusy] = useState(false);
  const [other, setOther] = useState<string | undefined>();
  const [made, setMade] = useState<number | undefined>();
  const [form] = Form.useForm<RecForm>();
  const list = `/municipalities/${encodeURIComponent(municipality)}/recommendations?rule=${encodeURIComponent(rule)}`;

  const submit = async () => {
    const f = form.getFieldsValue(true) as RecForm;
    setOther(undefined);
    if (!looksLikeDue(f.due ?? '')) {
      form.setFields([{ name: 'due', errors: [t('recommendations.dueHint')] }]);
      return;
    }
    setBusy(true);
    try {
      const res = await createRecommendations({
        municipality,
        title: f.title,
        text: f.text,
        due: f.due.trim(),
        indicators: f.indicators ?? [],
        fromFlags: { rule, year },
      });
      setMade(res.items.length);
      setOpen(false);
      void qc.invalidateQueries({ queryKey: recKeys.all });
    } catch (e) {
      const fields = e instanceof ApiError ? (e.problem?.errors ?? []) : [];
      const known = fields.filter((fe) => ['title', 'text', 'due'].includes(fe.field ?? ''));
      form.setFields(known.map((fe) => ({ name: fe.field as keyof RecForm, errors: [fe.message ?? ''] })));
      const rest = fields.filter((fe) => !known.includes(fe)).map((fe) => fe.message);
      if (rest.length || !known.length) setOther((rest.length ? rest : [e instanceof Error ? e.message : String(e)]).join(' '));
    } finally {
      setBusy(false);
    }
  };

  return (
    <>
      {made !== undefined ? (
        <Link to={list} data-testid={`recommended-${rule}`}>
          {t('recommendations.fromFlags.made', { count: made })}
        </Link>
      ) : (
        <Button icon={<SendOutlined />} onClick={() => setOpen(true)} data-testid={`recommend-${rule}`}>
          {t('recommendations.fromFlags.button')}
        </Button>
      )}
      <Modal
        open={open}
        title={t('recommendations.fromFlags.title')}
        okText={t('recommendations.fromFlags.send')}
        cancelText={t('common.cancel')}
        onOk={() => void submit()}
        onCancel={() => setOpen(false)}
        confirmLoading={busy}
        okButtonProps={{ 'data-testid': 'recommend-send' } as React.ComponentProps<typeof Button>}
        destroyOnHidden
      >
        <Typography.Paragraph>{t('recommendations.fromFlags.intro', { count, year, rule: ruleName })}</Typography.Paragraph>
        <Form
          form={form}
          layout="vertical"
          preserve={false}
          initialValues={{
            title: t('recommendations.fromFlags.defaultTitle', { rule: ruleName }),
            text: '',
            due: defaultDue(year),
            indicators,
          }}
          onValuesChange={(changed: Partial<RecForm>) =>
            form.setFields((Object.keys(changed) as (keyof RecForm)[]).map((name) => ({ name, errors: [] })))
          }
        >
          <Form.Item name="title" label={t('recommendations.titleField')} required>
            <Input maxLength={300} data-testid="recommend-title" />
          </Form.Item>
          <Form.Item name="text" label={t('recommendations.text')} required>
            <Input.TextArea rows={4} maxLength={10000} data-testid="recommend-text" />
          </Form.Item>
          <Form.Item name="due" label={t('recommendations.due')} extra={t('recommendations.dueHint')} required>
            <Input data-testid="recommend-due" />
          </Form.Item>
          <Form.Item name="indicators" label={t('recommendations.indicators')} extra={t('recommendations.indicatorsHint')}>
            <Select
              mode="multiple"
              showSearch={{ optionFilterProp: 'label' }}
              options={(catalogue.data?.items ?? []).map((i) => ({ value: i.code ?? '', label: i.nameRu ?? i.code }))}
              data-testid="recommend-indicators"
            />
          </Form.Item>
        </Form>
        {other && <Alert type="error" showIcon role="alert" title={other} data-testid="recommend-error" />}
      </Modal>
    </>
  );
}

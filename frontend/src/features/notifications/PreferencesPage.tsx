import { App, Button, Switch, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { NotificationPreference } from '../../api/pending';
import { ErrorState } from '../../lib/ui/states';
import { usePreferences, useSavePreferences } from './api';
import { changedPreferences } from './model';

/** What the caller receives, per kind: under the bell and by e-mail. */
export default function PreferencesPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const q = usePreferences();
  const save = useSavePreferences();
  const [draft, setDraft] = useState<NotificationPreference[] | undefined>(undefined);
  const loaded = q.data?.items ?? [];
  const rows = draft ?? loaded;
  const changes = changedPreferences(loaded, rows);

  const set = (kind: string, field: 'inApp' | 'email', value: boolean) =>
    setDraft(rows.map((p) => (p.kind === kind ? { ...p, [field]: value } : p)));

  if (q.error) return <ErrorState error={q.error} onRetry={() => q.refetch()} />;
  return (
    <div>
      <Typography.Title level={3} data-testid="page-title">
        {t('notifications.preferencesTitle')}
      </Typography.Title>
      <Typography.Paragraph type="secondary">{t('notifications.preferencesIntro')}</Typography.Paragraph>
      <Table<NotificationPreference>
        rowKey="kind"
        loading={q.isLoading}
        pagination={false}
        dataSource={rows}
        data-testid="preferences"
        columns={[
          { title: t('notifications.kind'), dataIndex: 'kind', render: (k: string) => t(`notifications.kinds.${k}`) },
          {
            title: t('notifications.inApp'),
            dataIndex: 'inApp',
            width: 140,
            render: (v: boolean, p) => (
              <Switch
                checked={v}
                onChange={(c) => set(p.kind, 'inApp', c)}
                aria-label={`${t('notifications.inApp')}: ${t(`notifications.kinds.${p.kind}`)}`}
              />
            ),
          },
          {
            title: t('notifications.email'),
            dataIndex: 'email',
            width: 140,
            render: (v: boolean, p) => (
              <Switch
                checked={v}
                onChange={(c) => set(p.kind, 'email', c)}
                aria-label={`${t('notifications.email')}: ${t(`notifications.kinds.${p.kind}`)}`}
              />
            ),
          },
        ]}
      />
      <div style={{ marginTop: 12, display: 'flex', gap: 12, alignItems: 'center' }}>
        <Button
          type="primary"
          disabled={changes.length === 0}
          loading={save.isPending}
          data-testid="save-preferences"
          onClick={() =>
            save.mutate(changes, {
              onSuccess: () => {
                setDraft(undefined);
                message.success(t('notifications.saved'));
              },
            })
          }
        >
          {t('common.save')}
        </Button>
        <Link to="/notifications">{t('notifications.all')}</Link>
      </div>
    </div>
  );
}

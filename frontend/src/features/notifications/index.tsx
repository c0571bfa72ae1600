import { Button, List, Pagination, Segmented, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { formatDateTime } from '../../lib/format';
import { ErrorState } from '../../lib/ui/states';
import { useMarkAllRead, useMarkRead, useNotifications } from './api';
import { internalLink } from './model';

const SIZE = 20;

/** The caller's notifications, newest first: read them, mark them read, open what they are about. */
export default function NotificationsPage() {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(0);
  const [unreadOnly, setUnreadOnly] = useState(false);
  const q = useNotifications(page, SIZE, unreadOnly);
  const read = useMarkRead();
  const readAll = useMarkAllRead();
  const unread = q.data?.unread ?? 0;

  return (
    <div>
      <Typography.Title level={3} data-testid="page-title">
        {t('notifications.title')}
      </Typography.Title>
      <Space wrap style={{ marginBottom: 12 }}>
        <Segmented
          value={unreadOnly ? 'unread' : 'all'}
          onChange={(v) => {
            setUnreadOnly(v === 'unread');
            setPage(0);
          }}
          options={[
            { value: 'all', label: t('notifications.filterAll') },
            { value: 'unread', label: t('notifications.filterUnread', { count: unread }) },
          ]}
          data-testid="notifications-filter"
        />
        <Button onClick={() => readAll.mutate()} disabled={unread === 0} loading={readAll.isPending} data-testid="read-all">
          {t('notifications.readAll')}
        </Button>
        <Link to="/notifications/preferences">{t('notifications.preferencesLink')}</Link>
      </Space>
      {q.error ? (
        <ErrorState error={q.error} onRetry={() => q.refetch()} />
      ) : (
        <>
          <List
            loading={q.isLoading}
            dataSource={q.data?.items ?? []}
            locale={{ emptyText: t('notifications.empty') }}
            data-testid="notifications-list"
            renderItem={(n) => {
              const link = internalLink(n);
              return (
                <List.Item
                  data-testid="notification"
                  actions={[
                    link ? (
                      <Link key="open" to={link} onClick={() => !n.read && read.mutate(n.id)}>
                        {t('notifications.open')}
                      </Link>
                    ) : null,
                    n.read ? null : (
                      <Button key="read" size="small" type="link" onClick={() => read.mutate(n.id)} data-testid="mark-read">
                        {t('notifications.markRead')}
                      </Button>
                    ),
                  ].filter(Boolean)}
                >
                  <List.Item.Meta
                    title={
                      <Space wrap>
                        {!n.read && <Tag color="blue">{t('notifications.new')}</Tag>}
                        <span style={{ fontWeight: n.read ? 400 : 600 }}>{n.title}</span>
                      </Space>
                    }
                    description={
                      <>
                        <Typography.Paragraph style={{ whiteSpace: 'pre-line', marginBottom: 4 }}>{n.body}</Typography.Paragraph>
                        <Typography.Text type="secondary">
                          {t(`notifications.kinds.${n.kind}`)} · {formatDateTime(n.createdAt, i18n.language)}
                        </Typography.Text>
                      </>
                    }
                  />
                </List.Item>
              );
            }}
          />
          {(q.data?.total ?? 0) > SIZE && (
            <Pagination
              style={{ marginTop: 12 }}
              current={page + 1}
              pageSize={SIZE}
              total={q.data?.total ?? 0}
              showSizeChanger={false}
              onChange={(p) => setPage(p - 1)}
            />
          )}
        </>
      )}
    </div>
  );
}

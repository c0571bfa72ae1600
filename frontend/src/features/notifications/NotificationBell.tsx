import { BellOutlined } from '@ant-design/icons';
import { Badge, Button, Empty, List, Popover, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router-dom';
import { formatDateTime } from '../../lib/format';
import { useBell, useMarkRead } from './api';
import { badgeText, internalLink } from './model';

/** The header's bell: the unread count and the newest notices (one request, polled every minute while visible). */
export function NotificationBell() {
  const { t, i18n } = useTranslation();
  const q = useBell();
  const read = useMarkRead();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const unread = q.data?.unread ?? 0;
  const items = q.data?.items ?? [];

  const content = (
    <div style={{ width: 340, maxWidth: '80vw' }} data-testid="bell-popover">
      {items.length === 0 ? (
        <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('notifications.empty')} />
      ) : (
        <List
          size="small"
          dataSource={items}
          renderItem={(n) => (
            <List.Item
              style={{ cursor: 'pointer', fontWeight: n.read ? undefined : 600 }}
              onClick={() => {
                if (!n.read) read.mutate(n.id);
                setOpen(false);
                navigate(internalLink(n) ?? '/notifications');
              }}
            >
              <List.Item.Meta
                title={<span style={{ fontWeight: n.read ? 400 : 600 }}>{n.title}</span>}
                description={<Typography.Text type="secondary">{formatDateTime(n.createdAt, i18n.language)}</Typography.Text>}
              />
            </List.Item>
          )}
        />
      )}
      <Space style={{ marginTop: 8, justifyContent: 'space-between', width: '100%' }}>
        <Link to="/notifications" onClick={() => setOpen(false)} data-testid="bell-all">
          {t('notifications.all')}
        </Link>
        <Link to="/notifications/preferences" onClick={() => setOpen(false)}>
          {t('notifications.preferencesLink')}
        </Link>
      </Space>
    </div>
  );

  return (
    <Popover content={content} title={t('notifications.title')} trigger="click" open={open} onOpenChange={setOpen} placement="bottomRight">
      <Button
        type="text"
        aria-label={unread ? t('notifications.bellUnread', { count: unread }) : t('notifications.bell')}
        data-testid="notification-bell"
        icon={
          <Badge count={badgeText(unread)} size="small" offset={[4, -2]} data-testid="notification-count">
            <BellOutlined style={{ fontSize: 18 }} />
          </Badge>
        }
      />
    </Popover>
  );
}

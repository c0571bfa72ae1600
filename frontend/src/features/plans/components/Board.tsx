import { Card, Col, Empty, Row, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../api/pending';
import { DASH } from '../../../lib/format';
import { groupBoard, STATUSES } from '../model';
import { OverdueTag } from './Progress';

/** The activities in four columns by status; overdue cards first and marked red. */
export function Board({ activities, onOpen }: { activities: Activity[]; onOpen: (a: Activity) => void }) {
  const { t } = useTranslation();
  const columns = groupBoard(activities);
  return (
    <Row gutter={[12, 12]} data-testid="board">
      {STATUSES.map((s) => (
        <Col key={s} xs={24} md={12} xl={6}>
          <Card
            size="small"
            title={`${t(`activities.status.${s}`)} · ${columns[s].length}`}
            styles={{ body: { padding: 8, background: '#fafafa', minHeight: 120 } }}
            data-testid={`board-${s}`}
          >
            {columns[s].length === 0 ? (
              <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('activities.emptyColumn')} />
            ) : (
              <Space orientation="vertical" style={{ width: '100%' }} size={8}>
                {columns[s].map((a) => (
                  <ActivityCard key={`${a.plan}/${a.code}`} activity={a} onOpen={onOpen} />
                ))}
              </Space>
            )}
          </Card>
        </Col>
      ))}
    </Row>
  );
}

export function ActivityCard({ activity: a, onOpen }: { activity: Activity; onOpen: (a: Activity) => void }) {
  return (
    <Card
      size="small"
      hoverable
      onClick={() => onOpen(a)}
      style={a.overdue ? { borderColor: '#ff4d4f', borderLeftWidth: 4 } : undefined}
      data-testid={`activity-card-${a.code}`}
      data-overdue={a.overdue ? 'true' : 'false'}
    >
      <Typography.Text strong style={{ display: 'block' }}>
        {a.title}
      </Typography.Text>
      <Space size={4} wrap style={{ marginTop: 4 }}>
        {a.overdue && <OverdueTag />}
        <Typography.Text type={a.overdue ? 'danger' : 'secondary'}>{a.dueLabel ?? a.due ?? DASH}</Typography.Text>
      </Space>
      {a.responsible && (
        <Typography.Text type="secondary" style={{ display: 'block' }} ellipsis={{ tooltip: true }}>
          {a.responsible}
        </Typography.Text>
      )}
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {a.plan}
      </Typography.Text>
    </Card>
  );
}

import { Calendar, Space, Tag, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Activity } from '../../../api/pending';
import { isoDay, placeInMonth } from '../model';

const SHOWN_PER_DAY = 3;

/** The activities on a month's grid by the last day of their deadline; recurring ones above it. */
export function MonthCalendar({ activities, onOpen }: { activities: Activity[]; onOpen: (a: Activity) => void }) {
  const { t } = useTranslation();
  const today = new Date();
  const [month, setMonth] = useState({ year: today.getFullYear(), month: today.getMonth() });
  const placed = useMemo(() => placeInMonth(activities, month.year, month.month), [activities, month]);

  const tag = (a: Activity) => (
    <Tag
      key={`${a.plan}/${a.code}`}
      color={a.overdue ? 'red' : a.status === 'done' ? 'green' : a.status === 'cancelled' ? 'default' : 'blue'}
      style={{ cursor: 'pointer', maxWidth: '100%', overflow: 'hidden', textOverflow: 'ellipsis' }}
      onClick={(e) => {
        e.stopPropagation();
        onOpen(a);
      }}
      title={a.title}
      data-testid={`calendar-item-${a.code}`}
    >
      {a.title}
    </Tag>
  );

  return (
    <div data-testid="calendar">
      {placed.recurring.length > 0 && (
        <Space wrap style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary">{t('activities.recurringMonth')}:</Typography.Text>
          {placed.recurring.map(tag)}
        </Space>
      )}
      <Calendar
        onPanelChange={(d) => setMonth({ year: d.year(), month: d.month() })}
        cellRender={(d, info) => {
          if (info.type !== 'date') return info.originNode;
          if (d.year() !== month.year || d.month() !== month.month) return null;
          const list = placed.byDay.get(isoDay(d)) ?? [];
          return (
            <div style={{ display: 'flex', flexDirection: 'column', gap: 2 }}>
              {list.slice(0, SHOWN_PER_DAY).map(tag)}
              {list.length > SHOWN_PER_DAY && (
                <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                  {t('activities.more', { count: list.length - SHOWN_PER_DAY })}
                </Typography.Text>
              )}
            </div>
          );
        }}
      />
    </div>
  );
}

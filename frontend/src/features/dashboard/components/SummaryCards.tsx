import { Card, Col, Row, Statistic } from 'antd';
import { useTranslation } from 'react-i18next';
import type { AttainmentStatus, StatusCounts } from '../../../api/types';
import { STATUS_HEX, STATUSES } from '../../../lib/attainment';

const FIELD: Record<AttainmentStatus, keyof StatusCounts> = { met: 'met', not_met: 'notMet', no_data: 'noData', no_target: 'noTarget' };

export function SummaryCards({
  counts,
  active,
  onPick,
}: {
  counts: StatusCounts;
  active?: AttainmentStatus;
  onPick: (s: AttainmentStatus | undefined) => void;
}) {
  const { t } = useTranslation();
  return (
    <Row gutter={[12, 12]} style={{ marginBottom: 16 }}>
      {STATUSES.map((s) => (
        <Col key={s} xs={12} md={6}>
          <Card
            size="small"
            hoverable
            role="button"
            tabIndex={0}
            aria-pressed={active === s}
            onClick={() => onPick(active === s ? undefined : s)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') {
                e.preventDefault();
                onPick(active === s ? undefined : s);
              }
            }}
            style={{ borderColor: active === s ? STATUS_HEX[s] : undefined, borderTop: `3px solid ${STATUS_HEX[s]}` }}
            data-testid={`count-${s}`}
          >
            <Statistic title={t(`status.${s}`)} value={counts[FIELD[s]] ?? 0} styles={{ content: { color: STATUS_HEX[s] } }} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}

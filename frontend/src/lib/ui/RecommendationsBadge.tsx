import { Badge } from 'antd';
import { useOpenCount } from '../recommendations';

/** The number of open recommendations next to the menu entry (nothing while 0 or unknown). */
export function RecommendationsBadge({ municipality, organization }: { municipality: string | undefined; organization?: string }) {
  const q = useOpenCount({ municipality, organization }, !!municipality);
  return <Badge count={q.data ?? 0} size="small" offset={[6, -2]} style={{ boxShadow: 'none' }} data-testid="recommendations-badge" />;
}

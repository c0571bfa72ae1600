import { Navigate, useParams } from 'react-router-dom';
import { useYearsWithData } from '../../lib/queries';
import { Loading } from '../../lib/ui/states';

/** `/municipalities/:code/risk`: the latest year with data. */
export default function RiskYearRedirect() {
  const { code = '' } = useParams();
  const years = useYearsWithData(code);
  if (years.loading) return <Loading />;
  const year = years.latest ?? new Date().getFullYear() - 1;
  return <Navigate to={`/municipalities/${encodeURIComponent(code)}/risk/${year}`} replace />;
}

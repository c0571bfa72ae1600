import { Navigate, useParams } from 'react-router-dom';
import { useYearsWithData } from '../../lib/queries';
import { Loading } from '../../lib/ui/states';

/** /municipalities/:code[/schools/:org]/entry -> the latest year with data (or last year). */
export default function EntryYearRedirect() {
  const { code = '', org } = useParams();
  const years = useYearsWithData(code, org);
  if (years.loading) return <Loading />;
  const year = years.latest ?? new Date().getFullYear() - 1;
  const base = `/municipalities/${encodeURIComponent(code)}${org ? `/schools/${encodeURIComponent(org)}` : ''}`;
  return <Navigate to={`${base}/entry/${year}`} replace />;
}

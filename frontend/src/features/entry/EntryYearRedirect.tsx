import { Navigate, useParams } from 'react-router-dom';
import { useYearsWithData } from '../../lib/queries';
import { Loading } from '../../lib/ui/states';

/** /municipalities/:code/entry -> the latest year with data (or last year). */
export default function EntryYearRedirect() {
  const { code = '' } = useParams();
  const years = useYearsWithData(code);
  if (years.loading) return <Loading />;
  const year = years.latest ?? new Date().getFullYear() - 1;
  return <Navigate to={`/municipalities/${encodeURIComponent(code)}/entry/${year}`} replace />;
}

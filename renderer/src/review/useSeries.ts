import { useEffect, useState } from 'react';
import type { Series } from '../../../shared/domain/series';
import { useApi } from '../api/ApiContext';

/** The office's series, loaded once per screen. */
export function useSeries(): Series[] {
  const api = useApi();
  const [series, setSeries] = useState<Series[]>([]);
  useEffect(() => {
    void api.listSeries({}).then((result) => result.ok && setSeries(result.value));
  }, [api]);
  return series;
}

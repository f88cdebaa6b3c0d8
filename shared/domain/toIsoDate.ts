import { format } from 'date-fns';

/** The local calendar date of `moment` as `YYYY-MM-DD`. */
export function toIsoDate(moment: Date): string {
  return format(moment, 'yyyy-MM-dd');
}

import type { InputHTMLAttributes } from 'react';
import { useEffect, useState } from 'react';

interface DateFieldProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'value' | 'onChange' | 'type'> {
  value: string;
  onDate(date: string): void;
}

/**
 * A date typed part by part: the field keeps what is being typed (a half-typed date is empty to the browser), and
 * only a complete date is passed on. Left incomplete, it returns to the last complete one.
 */
export function DateField({ value, onDate, onBlur, ...rest }: DateFieldProps) {
  const [typed, setTyped] = useState(value);
  useEffect(() => setTyped(value), [value]);
  return (
    <input
      {...rest}
      type="date"
      value={typed}
      onChange={(event) => {
        setTyped(event.target.value);
        if (/^\d{4}-\d{2}-\d{2}$/.test(event.target.value)) onDate(event.target.value);
      }}
      onBlur={(event) => {
        if (!/^\d{4}-\d{2}-\d{2}$/.test(typed)) setTyped(value);
        onBlur?.(event);
      }}
    />
  );
}

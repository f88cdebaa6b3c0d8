import type { KeyboardEvent, Ref, TextareaHTMLAttributes } from 'react';

interface SingleLineTextProps extends Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value'> {
  value: string;
  onValue(value: string): void;
  ref?: Ref<HTMLTextAreaElement>;
}

/**
 * One line of text that wraps to show all of itself (titles and bullets are long sentences): Enter never
 * inserts a line break, and pasted line breaks become spaces.
 */
export function SingleLineText({ value, onValue, onKeyDown, ref, ...rest }: SingleLineTextProps) {
  return (
    <textarea
      {...rest}
      ref={ref}
      rows={1}
      className={`single-line ${rest.className ?? ''}`.trim()}
      value={value}
      onChange={(event) => onValue(event.target.value.replace(/[ \t]*[\r\n]+[ \t]*/g, ' '))}
      onKeyDown={(event: KeyboardEvent<HTMLTextAreaElement>) => {
        onKeyDown?.(event);
        if (event.key === 'Enter' && !event.defaultPrevented) event.preventDefault();
      }}
    />
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';

/** How many entries a long panel shows at first, and how many more each press of "Mostrar más" adds. */
export const panelStep = 50;

/** The first entries of a long list and the way to see more: a panel of thousands stays light to draw and to scroll. */
export function useShownCount(total: number) {
  const [shown, setShown] = useState(panelStep);
  return { shown: Math.min(shown, total), more: total > shown ? total - shown : 0, showMore: () => setShown((count) => count + panelStep) };
}

/** "Mostrar 50 más (quedan N)" under a list cut short. */
export function ShowMore({ more, onMore }: { more: number; onMore(): void }) {
  const { t } = useTranslation();
  if (more === 0) return null;
  return (
    <button type="button" className="show-more" onClick={onMore}>
      {t('panels.showMore', { count: Math.min(panelStep, more), left: more })}
    </button>
  );
}

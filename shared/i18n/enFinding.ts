import type { Catalog } from './catalog';
import type { esFinding } from './esFinding';

/** English messages for finding communiqués in the list. */
export const enFinding: Catalog<typeof esFinding> = {
  search: {
    label: 'Search the communiqués',
    placeholder: 'Words, “exact phrase” or start of a word*',
    allSeries: 'All',
    all: 'All',
    from: 'From',
    to: 'To',
    person: 'Person quoted',
    personPlaceholder: 'Name of who speaks',
    year: 'Year',
    sort: 'Order',
    sortBy: { relevance: 'Best match', updated: 'Recently changed', date: 'By date', number: 'By number' },
    count_one: '{{count}} communiqué',
    count_other: '{{count}} communiqués',
    countFloor: 'More than {{shown}} communiqués',
    newestFirst: 'There are many: the newest come first. Add words to order them by best match.',
    range: '{{from}}–{{to}} of {{total}}',
    previous: 'Previous',
    next: 'Next',
    nothing: 'No communiqué matches. Try fewer words or remove filters.',
    selected_one: '{{count}} selected (kept across pages and searches)',
    selected_other: '{{count}} selected (kept across pages and searches)',
  },
};

import type { Catalog } from './catalog';
import type { esComposer } from './esComposer';

/** English messages for working beside others in the composer: review feedback, a translation's original, a conflict. */
export const enComposer: Catalog<typeof esComposer> = {
  panels: { showMore_one: 'Show {{count}} more ({{left}} left)', showMore_other: 'Show {{count}} more ({{left}} left)' },
  feedback: {
    heading: 'What the review asked for',
    changesRequested: '{{name}} asked for changes to v{{seq}} ({{when}}).',
    openCount_one: '{{count}} comment is still open; it sits beside what it points at.',
    openCount_other: '{{count}} comments are still open; each sits beside what it points at.',
    noteOn: 'Comment: {{place}}',
    goTo: 'Go to paragraph {{n}}',
  },
  original: {
    heading: 'Original (#{{id}})',
    show: 'Show the original beside',
    preview: 'Show the preview',
    approved: 'The original’s approved text (v{{seq}}).',
    working: 'The original’s current text: not approved yet.',
    title: 'Title',
    summary: 'Bullets',
    body: 'Body',
  },
  conflict: {
    cardLabel: 'Conflict: {{field}}',
    otherSaved: 'The other window saved {{field}} differently:',
    legend: 'Struck through: only in this window. Underlined: only in what the other one saved.',
    keepMine: 'Keep mine',
    takeTheirs: "Take the other window's",
    keepBoth: 'Keep both',
    pending_one: '{{count}} field left to decide, beside it below. Once decided, the combination is saved.',
    pending_other: '{{count}} fields left to decide, each beside its field below. Once decided, the combination is saved.',
    taken_one: 'What the other window changed in {{fields}} was taken: it was untouched here.',
    taken_other: 'What the other window changed in {{fields}} was taken: they were untouched here.',
    saved: 'The combination of both windows was saved.',
    doubled: 'Both versions were kept in {{fields}}: check them and delete what is not needed.',
    field: {
      series: 'the series',
      language: 'the language',
      place: 'the place',
      date: 'the date',
      title: 'the title',
      summary: 'the bullets',
      body: 'the body',
    },
  },
};

/** English messages for drafts started while the office could not be reached. */
export const enUnsent = {
  unsent: {
    heading: 'Draft started offline',
    title: 'New draft, on this computer',
    where: 'It was started while the office could not be reached, and everything you type is kept on this computer.',
    afterwards: 'It reaches the office as soon as the office answers, with its draft number; then it can go to review, be translated and be exported.',
    listHeading: 'Kept on this computer, waiting to reach the office',
    keptAt: 'started offline; kept on this computer on {{when}}',
    changesKeptAt: 'changes kept on this computer on {{when}}, not sent yet',
    toDecide: 'Someone saved it since: open it to decide, part by part, what stays.',
    keep: 'Keep it',
    open: 'Open',
    discard: 'Discard',
    confirmDiscard: 'This draft never reached the office: discarding it deletes it from this computer for good. Discard it?',
    arrived_one: 'A draft started offline reached the office.',
    arrived_other: '{{count}} drafts started offline reached the office.',
    changesArrived_one: 'The changes kept on this computer for one communiqué reached the office.',
    changesArrived_other: 'The changes kept on this computer for {{count}} communiqués reached the office.',
    gone: 'This draft is no longer on this computer (it was discarded, or started in another browser).',
    openElsewhere: 'This draft is open in another tab or window of this computer: go on there. It opens here as soon as you close it there.',
    alreadyArrived: 'That draft had already reached the office as communiqué #{{id}}: it was not discarded. It is in the list.',
    discardOpenElsewhere: 'That draft is open in another tab or window of this computer: close it there to discard it.',
    noSeries:
      'The office cannot be reached, and this computer does not know its series yet to start a draft offline. Open the list once while connected, or try again when the network is back.',
  },
} as const;

/** English messages for where a desk works: this computer's database or the office's. */
export const enDesk = {
  desk: {
    onThisComputer: 'Database: this computer',
    inOffice: 'Office: {{host}}',
    whereTitle: 'Which database you work in; connect to the office',
    heading: 'Where you work',
    hereNow: 'You work in this computer’s database. What you write stays here.',
    officeNow: 'You work in the database of the office {{url}}: your colleagues see what you write, as their role allows.',
    officeFingerprint: 'The office certificate’s fingerprint, checked at every connection:',
    connectHeading: 'Connect to the office',
    address: 'Address of the office server',
    addressHint: 'As IT gave it to you, for example https://192.168.1.10:47443',
    connect: 'Connect',
    checking: 'Checking the office…',
    firstHeading: 'First connection to this office',
    firstExplain:
      'Compare this fingerprint with the one IT gave you (the server prints it when it starts). Connect only if they match: this computer will remember it and refuse any other.',
    match: 'They match: connect',
    cancel: 'Cancel',
    close: 'Close',
    forget: 'Forget this office',
    forgotten: 'This computer forgot the fingerprint of {{url}}. Connect again and compare the new fingerprint with the one IT gives you.',
    leave: 'Back to this computer',
    leaveExplain: 'The office’s work stays in the office; this computer goes back to its own database.',
    retry: 'Try again',
    unreachableHeading: 'The office cannot be reached',
    unreachable:
      'This computer works in the office {{url}}, but cannot reach it now: {{detail}}. Check the network (or the VPN) and try again, or work in this computer’s database meanwhile.',
    changedHeading: 'The office’s certificate changed',
  },
} as const;

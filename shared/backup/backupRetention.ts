/** How many of the most recent days, weeks and months that have a backup keep one each (the back end prunes by it, the screen says it). */
export const backupRetention = { daily: 7, weekly: 4, monthly: 12 } as const;

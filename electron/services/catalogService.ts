import type { Handlers } from '../api/Handlers';
import { appVersion } from '../appVersion';
import { latestSchemaVersion } from '../db/openDatabase';

/** What the app and the office's catalogs are: version, store, series. */
export const catalogService: Pick<Handlers, 'getAppInfo' | 'listSeries'> = {
  // Where an office server keeps its data is said to its administrators only, never to whoever opens its page.
  getAppInfo: async (_input, { databasePath, office, actor }) => ({
    version: appVersion,
    databasePath: office && !actor.roles.includes('admin') ? '' : databasePath,
    schemaVersion: latestSchemaVersion,
  }),
  listSeries: async (_input, { repos }) => await repos.series.list(),
};

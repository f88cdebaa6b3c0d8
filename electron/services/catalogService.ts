import type { Handlers } from '../api/Handlers';
import { appVersion } from '../appVersion';
import { latestSchemaVersion } from '../db/openDatabase';

/** What the app and the office's catalogs are: version, store, series. */
export const catalogService: Pick<Handlers, 'getAppInfo' | 'listSeries'> = {
  getAppInfo: async (_input, { databasePath }) => ({ version: appVersion, databasePath, schemaVersion: latestSchemaVersion }),
  listSeries: async (_input, { repos }) => await repos.series.list(),
};

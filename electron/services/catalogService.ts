import type { Handlers } from '../api/Handlers';
import { appVersion } from '../appVersion';
import { latestSchemaVersion } from '../db/openDatabase';

/** What the app and the office's catalogs are: version, store, series. */
export const catalogService: Pick<Handlers, 'getAppInfo' | 'listSeries'> = {
  getAppInfo: (_input, { databasePath }) => ({ version: appVersion, databasePath, schemaVersion: latestSchemaVersion }),
  listSeries: (_input, { repos }) => repos.series.list(),
};

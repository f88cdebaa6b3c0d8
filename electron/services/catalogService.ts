import type { Handlers } from '../api/Handlers';
import { latestSchemaVersion } from '../db/openDatabase';
import { seriesRepository } from '../repositories/seriesRepository';
import { appVersion } from '../appVersion';

/** What the app and the office's catalogs are: version, store, series. */
export const catalogService: Pick<Handlers, 'getAppInfo' | 'listSeries'> = {
  getAppInfo: (_input, { databasePath }) => ({ version: appVersion, databasePath, schemaVersion: latestSchemaVersion }),
  listSeries: (_input, { db }) => seriesRepository(db).list(),
};

import type { Migration } from '../Migration';
import { initialSchema } from './0001_initialSchema';
import { defaultSeriesAndLetterhead } from './0002_defaultSeriesAndLetterhead';
import { officeDictionary } from './0003_officeDictionary';
import { review } from './0004_review';
import { exportRecords } from './0005_exports';
import { seriesRequiredParts } from './0006_seriesRequiredParts';
import { numbersIssuedOutside } from './0007_numbersIssuedOutside';
import { search } from './0008_search';
import { importedSources } from './0009_importedSources';
import { quotedPeopleIndex } from './0010_quotedPeople';
import { communiqueEditors } from './0011_communiqueEditors';
import { numberCounters } from './0012_numberCounters';
import { sessions } from './0013_sessions';
import { draftKeys } from './0014_draftKeys';

/** Every migration, in order; a new schema step is a new file appended here. */
export const migrations: readonly Migration[] = [
  initialSchema,
  defaultSeriesAndLetterhead,
  officeDictionary,
  review,
  exportRecords,
  seriesRequiredParts,
  numbersIssuedOutside,
  search,
  importedSources,
  quotedPeopleIndex,
  communiqueEditors,
  numberCounters,
  sessions,
  draftKeys,
];

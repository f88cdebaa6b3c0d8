import { backupService } from '../services/backupService';
import { catalogService } from '../services/catalogService';
import { commentService } from '../services/commentService';
import { communiqueService } from '../services/communiqueService';
import { distributionService } from '../services/distributionService';
import { exportService } from '../services/exportService';
import { folderService } from '../services/folderService';
import { importService } from '../services/importService';
import { inboxService } from '../services/inboxService';
import { letterheadService } from '../services/letterheadService';
import { numberingService } from '../services/numberingService';
import { officeDictionaryService } from '../services/officeDictionaryService';
import { reviewService } from '../services/reviewService';
import { searchService } from '../services/searchService';
import { sessionService } from '../services/sessionService';
import { storeHealthService } from '../services/storeHealthService';
import { translationService } from '../services/translationService';
import type { Handlers } from './Handlers';

/** Every contract method's implementation; the type fails to compile if one is missing. */
export const allHandlers: Handlers = {
  ...catalogService,
  ...communiqueService,
  ...searchService,
  ...letterheadService,
  ...officeDictionaryService,
  ...translationService,
  ...sessionService,
  ...reviewService,
  ...commentService,
  ...distributionService,
  ...numberingService,
  ...inboxService,
  ...exportService,
  ...folderService,
  ...importService,
  ...storeHealthService,
  ...backupService,
};

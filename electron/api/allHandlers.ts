import { catalogService } from '../services/catalogService';
import { communiqueService } from '../services/communiqueService';
import { letterheadService } from '../services/letterheadService';
import { officeDictionaryService } from '../services/officeDictionaryService';
import { translationService } from '../services/translationService';
import type { Handlers } from './Handlers';

/** Every contract method's implementation; the type fails to compile if one is missing. */
export const allHandlers: Handlers = { ...catalogService, ...communiqueService, ...letterheadService, ...officeDictionaryService, ...translationService };

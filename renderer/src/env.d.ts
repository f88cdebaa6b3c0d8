// StarterKit's types carry the command augmentations (toggleBold, setLink…) the toolbar calls.
import type {} from '@tiptap/starter-kit';
import type {} from '@tiptap/extension-table';
import type {} from '../../shared/body/extensions/Figure';
import type { RedactaApi } from '../../shared/contract/redactaApi';
import type { catalogs } from '../../shared/i18n/catalogs';
import type { DeskBridge } from './desk/deskClient';
import type { LiveBridge } from './live/liveOpen';

declare global {
  interface Window {
    /** The contract, exposed by Electron's preload; absent in browser mode. */
    redacta?: RedactaApi;
    /** The desk's own methods (which database the screens work in), exposed by Electron's preload. */
    redactaDesk?: DeskBridge;
    /** The office's live stream passed on by Electron's main process. */
    redactaLive?: LiveBridge;
  }
}

declare module 'i18next' {
  interface CustomTypeOptions {
    resources: (typeof catalogs)['es'];
  }
}

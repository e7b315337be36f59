/** Small facts shared by the popup and the worker, kept apart so the popup's bundle doesn't pull in the engine. */

export const POPUP_PORT = 'digest-popup';

/** What the popup tells the worker over its port (auto-save off). */
export interface PopupState {
  /** The digest on show; undefined before one is made. */
  digestId?: number;
  /** True once the reader pressed "Save" (always, with auto-save on). */
  kept: boolean;
  /** When the popup opened (epoch ms): a digest created since then is the popup's own. */
  since: number;
}

export const NO_SELECTION = 'Select some text on the page first, then choose “Digest selected text”.';

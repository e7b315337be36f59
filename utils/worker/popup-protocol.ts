/** Small facts shared by the popup and the worker, kept apart so the popup's bundle doesn't pull in the engine. */

export const NO_SELECTION = 'Select some text on the page first, then choose “Digest selected text”.';

// Sizes shared by the content script (which clips before sending) and the background's schemas
// (which refuse anything larger). No schema library here: the content script imports this file.
export const MAX_MESSAGE_TEXT = 500_000;
export const MAX_THREAD_TEXT = 4_000_000;
export const MAX_THREAD_MESSAGES = 500;

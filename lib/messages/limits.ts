// Sizes shared by the content script (which clips before sending) and the background's schemas
// (which refuse anything larger). No schema library here: the content script imports this file.
export const MAX_MESSAGE_TEXT = 1_000_000;
// Below the background's 4M-character cap on a whole request (lib/messages/server.ts), with room for JSON escapes.
export const MAX_THREAD_TEXT = 2_000_000;
export const MAX_THREAD_MESSAGES = 500;

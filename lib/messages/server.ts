// Receiving side (background): route envelopes to handlers, parse every request with zod first.
// Anything that fails parsing is answered with a typed error, logged, and never reaches a handler.
import { browser, type Browser } from 'wxt/browser';
import { describeIssues, envelopeSchema, type ProtocolError, type Result } from './envelope';
import { isMessageType, protocol, type MessageType, type ParsedRequestOf, type ResponseOf } from './protocol';
import { senderAllowed, senderKind, type SenderKind } from './senders';

export type Handlers = {
  [K in MessageType]: (data: ParsedRequestOf<K>, sender: Browser.runtime.MessageSender) => Promise<ResponseOf<K>>;
};

export type ErrorLogger = (type: string, error: ProtocolError) => void;

/**
 * Largest request accepted, as JSON text: a thread read fits in well under 2 MB (lib/thread-reading
 * REQUEST_TEXT_BUDGET); anything bigger is refused before its schema walks it.
 */
export const MAX_REQUEST_CHARS = 4_000_000;

const defaultLogger: ErrorLogger = (type, error) => console.warn('[afterfollow] rejected message', type, error);

/** Our own extension: whose messages are ours, and which of them come from extension pages. */
export interface Identity {
  id: string;
  /** browser.runtime.getURL('/') without the trailing slash. */
  origin: string;
}

export const runtimeIdentity = (): Identity => ({ id: browser.runtime.id, origin: browser.runtime.getURL('/').replace(/\/$/, '') });

/** What kind of sender a message came from (tests pass their own). */
export type Identify = (sender: Browser.runtime.MessageSender) => SenderKind | null;

const identifyByRuntime: Identify = (sender) => {
  const identity = runtimeIdentity();
  return senderKind(sender, identity.id, identity.origin);
};

export async function dispatch(
  handlers: Handlers,
  raw: unknown,
  sender: Browser.runtime.MessageSender,
  log: ErrorLogger = defaultLogger,
  identify: Identify = identifyByRuntime,
): Promise<Result | undefined> {
  const envelope = envelopeSchema.safeParse(raw);
  // Not ours (another extension part, or junk): stay silent so other listeners may answer.
  if (!envelope.success) return undefined;
  const { type, data } = envelope.data;
  const fail = (error: ProtocolError): Result => {
    log(type, error);
    return { ok: false, error };
  };
  if (!isMessageType(type)) return fail({ code: 'unknown_type', message: `unknown message type "${type}"` });
  const kind = identify(sender);
  if (!senderAllowed(type, kind)) return fail({ code: 'forbidden', message: `"${type}" is not accepted from ${kind ?? 'this sender'}` });
  if ((JSON.stringify(data) ?? '').length > MAX_REQUEST_CHARS) {
    return fail({ code: 'bad_request', message: `request larger than ${MAX_REQUEST_CHARS} characters` });
  }
  const request = protocol[type].request.safeParse(data);
  if (!request.success) {
    return fail({ code: 'bad_request', message: 'request does not match its schema', issues: describeIssues(request.error) });
  }
  try {
    const handler = handlers[type] as (d: unknown, s: Browser.runtime.MessageSender) => Promise<unknown>;
    const response = await handler(request.data, sender);
    const checked = protocol[type].response.safeParse(response);
    if (!checked.success) {
      return fail({ code: 'bad_response', message: 'handler answered outside its schema', issues: describeIssues(checked.error) });
    }
    return { ok: true, data: checked.data };
  } catch (error) {
    return fail({ code: 'handler_failed', message: error instanceof Error ? error.message : String(error) });
  }
}

/** Registers the one runtime listener. Answers through sendResponse (works in Chromium, Firefox and fakeBrowser). */
export function listen(handlers: Handlers, log?: ErrorLogger, identify?: Identify): () => void {
  const listener = (raw: unknown, sender: Browser.runtime.MessageSender, sendResponse: (r: unknown) => void) => {
    if (!envelopeSchema.safeParse(raw).success) return false;
    void dispatch(handlers, raw, sender, log, identify).then(sendResponse);
    return true;
  };
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}

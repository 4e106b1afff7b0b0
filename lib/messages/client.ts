// Calling side (content scripts, extension pages): validate before sending, validate the answer.
import { browser } from 'wxt/browser';
import { describeIssues, ProtocolFailure, resultSchema, type Envelope } from './envelope';
import { protocol, type MessageType, type RequestOf, type ResponseOf } from './protocol';

export type Transport = (envelope: Envelope) => Promise<unknown>;

const runtimeTransport: Transport = (envelope) => browser.runtime.sendMessage(envelope);

export async function send<K extends MessageType>(
  type: K,
  data: RequestOf<K>,
  transport: Transport = runtimeTransport,
): Promise<ResponseOf<K>> {
  const request = protocol[type].request.safeParse(data);
  if (!request.success) {
    throw new ProtocolFailure(type, {
      code: 'bad_request',
      message: 'request does not match its schema',
      issues: describeIssues(request.error),
    });
  }
  const raw = await transport({ channel: 'afterfollow', type, data: request.data });
  if (raw === undefined) {
    throw new ProtocolFailure(type, { code: 'no_receiver', message: 'the background did not answer' });
  }
  const result = resultSchema.safeParse(raw);
  if (!result.success) {
    throw new ProtocolFailure(type, { code: 'bad_response', message: 'malformed result envelope' });
  }
  if (!result.data.ok) throw new ProtocolFailure(type, result.data.error);
  const response = protocol[type].response.safeParse(result.data.data);
  if (!response.success) {
    throw new ProtocolFailure(type, {
      code: 'bad_response',
      message: 'response does not match its schema',
      issues: describeIssues(response.error),
    });
  }
  return response.data as ResponseOf<K>;
}

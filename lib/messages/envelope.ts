// The wire format between content scripts / extension pages and the background.
// Every message is one envelope; the background answers with a Result.
import { z } from 'zod';

export const envelopeSchema = z.object({
  channel: z.literal('afterfollow'),
  type: z.string().min(1).max(100),
  data: z.unknown(),
});
export type Envelope = z.infer<typeof envelopeSchema>;

export const protocolErrorSchema = z.object({
  code: z.enum(['unknown_type', 'forbidden', 'bad_request', 'bad_response', 'handler_failed', 'no_receiver']),
  message: z.string(),
  issues: z.array(z.string()).optional(),
});
export type ProtocolError = z.infer<typeof protocolErrorSchema>;

export const resultSchema = z.union([
  z.object({ ok: z.literal(true), data: z.unknown() }),
  z.object({ ok: z.literal(false), error: protocolErrorSchema }),
]);
export type Result = z.infer<typeof resultSchema>;

/** Thrown on the calling side when a request fails; carries the typed protocol error. */
export class ProtocolFailure extends Error {
  constructor(
    readonly type: string,
    readonly error: ProtocolError,
  ) {
    super(`${type}: ${error.code}: ${error.message}`);
    this.name = 'ProtocolFailure';
  }
}

/** Zod issues as short "path: message" lines, for logs and error messages. */
export function describeIssues(error: z.ZodError): string[] {
  return error.issues.slice(0, 20).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
}

// Who wrote the mail's own text: the rule score that says "a candidate about their own
// application" (voice cues, capped recruiting vocabulary, non-person senders count against),
// and the context that overrides any score (the user's own mail, colleagues, agents, known candidates).
import { HitList, type Matcher } from './matcher';
import { normalizeForMatch } from './normalize';
import type { Tag } from './rules';
import type { Region } from './split';
import type { Scan } from './scan';
import type { MessageInput } from './types';
import { NON_PERSON_NAMES, NON_PERSON_SENDERS } from './vocab/candidate';
import type { CandidateRule } from './vocab/types';

/** One clear recruiting cue (or two weak ones) without counter-evidence. */
export const CANDIDATE_THRESHOLD = 1.5;
/** The most recruiting vocabulary alone can add (see CandidateRule.topical). */
const TOPIC_CAP = 6;

export interface CandidateEvidence {
  score: number;
  /** Candidate rules that counted, with the weight they counted at (features for the learned part). */
  cues: Array<[ruleId: number, weight: number]>;
  senderPenalty: number;
}

/**
 * What the context decides before any score: true/false, or null when the text must decide.
 * The user's own mail is never a candidate's; mail from the user's organisation, an agent or a
 * job board is not one either (it may report someone else's decline); a sender known as a
 * candidate, or a known candidate thread, is never gated by one message's score.
 */
export function candidateByContext(input: MessageInput): boolean | null {
  if (input.fromCurrentUser === true) return false;
  if (input.knownCandidate === true) return true;
  if (input.fromOwnOrganisation === true || input.senderKind === 'agent' || input.senderKind === 'job_board' || input.senderKind === 'service') return false;
  if (input.candidateThread === true) return true;
  return null;
}

export function candidateEvidence(input: MessageInput, scan: Scan, regions: Region[]): CandidateEvidence {
  const { matcher, norm, hits } = scan;
  const uses = candidateUses(matcher);
  const best = new Map<number, number>(); // rule id → weight (each cue counts once, strongest place)
  let r = 0;
  for (let i = 0; i < hits.length; i++) {
    // The region pointer follows every hit (as it always has), candidate cue or not.
    while (r < regions.length - 1 && regions[r]!.end <= hits.start[i]!) r++;
    const rids = uses[hits.kw[i]!];
    if (rids === undefined) continue; // most hits are no candidate cue
    considerCue(matcher, norm, best, rids, hits.kw[i]!, regions[r]?.kind ?? 'own', hits.end[i]!);
  }
  const subject = normalizeForMatch(typeof input.subject === 'string' ? input.subject : '');
  const sh = matcher.scanInto(subject, new HitList(4)); // 48 bytes: allocated on the heap, grows if needed
  for (let i = 0; i < sh.length; i++) {
    const rids = uses[sh.kw[i]!];
    if (rids !== undefined) considerCue(matcher, norm, best, rids, sh.kw[i]!, 'subject');
  }
  let score = 0;
  let topic = 0;
  for (const [rid, w] of best) {
    if (w > 0 && (matcher.rules[rid]!.data as { rule: CandidateRule }).rule.topical) topic += w;
    else score += w;
  }
  score += Math.min(topic, TOPIC_CAP);
  const penalty = senderPenalty(input.from);
  score += penalty;
  return { score, cues: [...best], senderPenalty: penalty };
}

/** One candidate keyword hit: each of its rules counts once, at its strongest place. */
function considerCue(matcher: Matcher<Tag>, norm: string, best: Map<number, number>, rids: readonly number[], kw: number, kind: 'own' | 'subject' | 'signature' | 'quote', end = -1): void {
  for (const rid of rids) {
    const cue = (matcher.rules[rid]!.data as Extract<Tag, { t: 'candidate' }>).rule;
    if (cue.scope === 'own' && kind !== 'own') continue;
    // "面接のご案内ありがとうございます": the candidate thanking for a notice the recruiter
    // sent (…のご案内 / …のご連絡), not the recruiter's own voice.
    if (cue.weight < 0 && cue.scope === 'own' && end >= 0 && isNotice(matcher.keywords[kw]!.text) && acknowledged(norm, end)) continue;
    // Quoted older mail is context (a reply in an interview thread), weaker evidence.
    // The subject names the thread ("Re: Offer"), a bit stronger than one body word.
    const w = kind === 'quote' ? cue.weight / 2 : kind === 'subject' ? cue.weight * 1.5 : cue.weight;
    const prev = best.get(rid);
    if (prev === undefined || Math.abs(w) > Math.abs(prev)) best.set(rid, w);
  }
}

/**
 * Per keyword, the candidate rules that use it (in usesOf order; undefined for keywords no
 * candidate rule uses): derived once from the compiled matcher, read only, so the per-hit loop
 * skips the other vocabularies' hits without looking at their rules.
 */
const USES = new WeakMap<Matcher<Tag>, ReadonlyArray<readonly number[] | undefined>>();

function candidateUses(matcher: Matcher<Tag>): ReadonlyArray<readonly number[] | undefined> {
  let uses = USES.get(matcher);
  if (uses) return uses;
  const table: Array<number[] | undefined> = [];
  for (let kw = 0; kw < matcher.keywords.length; kw++) {
    for (const [rid] of matcher.usesOf(kw)) if (matcher.rules[rid]!.data.t === 'candidate') (table[kw] ??= []).push(rid);
  }
  uses = table;
  USES.set(matcher, uses);
  return uses;
}

function isNotice(kw: string): boolean {
  return kw.endsWith('ご案内') || kw.endsWith('ご連絡');
}

/** Thanks or receipt right after a phrase (within a few chars): "…のご案内、ありがとうございます". */
function acknowledged(norm: string, end: number): boolean {
  for (let k = end; k < end + 6 && k < norm.length; k++) {
    if (norm.startsWith('ありがと', k) || norm.startsWith('いただき', k) || norm.startsWith('頂き', k) || norm.startsWith('承知', k)) return true;
  }
  return false;
}

function senderPenalty(from: MessageInput['from'] | undefined): number {
  if (!from) return 0;
  let p = 0;
  const email = typeof from.email === 'string' ? from.email.toLowerCase() : '';
  const local = email.split('@')[0] ?? '';
  const words = local.split(/[._+-]/);
  if (NON_PERSON_SENDERS.includes(local) || words.some((w) => NON_PERSON_SENDERS.includes(w) && w.length > 2)) p -= 3;
  const name = typeof from.name === 'string' ? normalizeForMatch(from.name) : '';
  if (NON_PERSON_NAMES.some((n) => name.includes(n))) p -= 3;
  return p;
}

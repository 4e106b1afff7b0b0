import { useId } from 'react';
import type { MessageKey } from '../../../lib/platform/i18n';
import { t } from '../../../lib/platform/i18n';
import { renderTemplate, type RenderedSegment } from '../../../lib/templates/render';
import type { Template } from '../../../lib/templates/schema';
import { SAMPLE_VALUES } from '../../../lib/templates/variables';

// Fixed zones so the sample interview reads as written in SAMPLE_VALUES (14:00 in Tokyo, 2 PM in
// New York) whatever the machine's zone; the preview shows wording, not the viewer's clock.
const SAMPLE_ZONE = { ja: 'Asia/Tokyo', en: 'America/New_York' } as const;

const SEGMENT_CLASS = {
  filled: 'rounded-sm bg-teal-100 text-teal-900',
  missing: 'rounded-sm bg-amber-100 text-amber-900',
  unknown: 'rounded-sm bg-red-100 text-red-800 underline decoration-wavy',
} as const;

function Segments({ segments }: { segments: readonly RenderedSegment[] }) {
  return segments.map((seg, i) =>
    seg.kind === 'var' ? (
      <mark key={i} data-status={seg.status} title={t(`tplSegment_${seg.status}` as MessageKey)} className={SEGMENT_CLASS[seg.status]}>
        {seg.text}
      </mark>
    ) : (
      <span key={i}>{seg.text}</span>
    ),
  );
}

export function TemplatePreview({ draft }: { draft: Pick<Template, 'subject' | 'body' | 'language'> }) {
  const headingId = useId();
  const result = renderTemplate(draft, SAMPLE_VALUES[draft.language], { timeZone: SAMPLE_ZONE[draft.language] });
  return (
    <section aria-labelledby={headingId} className="rounded-md border border-slate-200 bg-white p-3">
      <h3 id={headingId} className="mb-1 text-sm font-semibold">
        {t('tplPreviewHeading')}
      </h3>
      {result.subjectSegments && (
        <p className="mb-2 text-sm">
          <span className="font-semibold">{t('tplFieldSubject')}: </span>
          <Segments segments={result.subjectSegments} />
        </p>
      )}
      <pre className="max-h-96 overflow-auto whitespace-pre-wrap break-words font-sans text-sm">
        <Segments segments={result.bodySegments} />
      </pre>
      <p className="mt-2 flex flex-wrap gap-2 text-xs text-slate-600">
        {(['filled', 'missing', 'unknown'] as const).map((status) => (
          <mark key={status} className={`px-1 ${SEGMENT_CLASS[status]}`}>
            {t(`tplSegment_${status}` as MessageKey)}
          </mark>
        ))}
      </p>
    </section>
  );
}

import { Component, Fragment, useState, type ErrorInfo, type ReactNode } from 'react';
import { t } from '../lib/platform/i18n';

interface Props {
  children: ReactNode;
  /** Which page this is (and the release), written into the diagnostics. */
  context: string;
  /** Copies text to the clipboard; extension pages pass navigator.clipboard.writeText. */
  copy: (text: string) => Promise<void>;
}

interface State {
  error: Error | null;
  componentStack: string;
  /** Bumped by Retry so the children mount afresh instead of reusing the state that failed. */
  attempt: number;
}

/**
 * Diagnostics for a bug report: what failed and where in the code. Error messages come from our own
 * code (ids, schema paths); stacks name source locations. Neither holds mail text.
 */
export function diagnosticsText(error: Error, componentStack: string, context: string, now = new Date()): string {
  return [
    `Afterfollow ${context}`,
    `time: ${now.toISOString()}`,
    `error: ${error.name}: ${error.message}`.slice(0, 2000),
    `stack: ${(error.stack ?? '').split('\n').slice(0, 15).join('\n')}`,
    `component stack: ${componentStack.split('\n').slice(0, 15).join('\n')}`,
  ].join('\n');
}

function Fallback({ error, componentStack, context, copy, retry }: Omit<Props, 'children'> & { error: Error; componentStack: string; retry: () => void }) {
  const [copied, setCopied] = useState<string>('');
  return (
    <div role="alert" className="m-6 max-w-xl rounded-lg border border-red-300 bg-red-50 p-4 text-sm text-red-950">
      <p className="m-0 mb-2 font-semibold">{t('errorBoundaryTitle')}</p>
      <p className="m-0 mb-3">{t('errorBoundaryBody')}</p>
      <div className="flex items-center gap-2">
        <button type="button" className="rounded-md bg-teal-700 px-3 py-1.5 font-semibold text-white" onClick={retry}>
          {t('retry')}
        </button>
        <button
          type="button"
          className="rounded-md border border-slate-400 px-3 py-1.5"
          onClick={() =>
            void copy(diagnosticsText(error, componentStack, context)).then(
              () => setCopied(t('errorBoundaryCopied')),
              (e: unknown) => setCopied(t('errorBoundaryCopyFailed', e instanceof Error ? e.message : String(e))),
            )
          }
        >
          {t('errorBoundaryCopy')}
        </button>
        <span role="status">{copied}</span>
      </div>
    </div>
  );
}

/** Catches a render error anywhere below: a localised message with Retry and "Copy diagnostics", never a blank page. */
export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, componentStack: '', attempt: 0 };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(_error: unknown, info: ErrorInfo) {
    this.setState({ componentStack: info.componentStack ?? '' });
  }

  override render() {
    const { error, componentStack, attempt } = this.state;
    if (error) {
      const retry = () => this.setState((s) => ({ error: null, componentStack: '', attempt: s.attempt + 1 }));
      return <Fallback error={error} componentStack={componentStack} context={this.props.context} copy={this.props.copy} retry={retry} />;
    }
    return <Fragment key={attempt}>{this.props.children}</Fragment>;
  }
}

import { useRef, type ReactNode } from 'react';

export interface RowAction {
  label: string;
  danger?: boolean;
  run: () => void;
}

/**
 * A row's less frequent actions behind one small "⋯" button (a disclosure: it works with Enter and
 * Space and needs no focus management). Destructive actions live here, not as a button on each row.
 */
export function RowMenu({ label, actions }: { label: string; actions: RowAction[] }): ReactNode {
  const details = useRef<HTMLDetailsElement>(null);
  return (
    <details ref={details} className="relative">
      <summary aria-label={label} title={label} className="cursor-pointer list-none rounded border border-slate-300 px-2 text-center leading-6 [&::-webkit-details-marker]:hidden">
        ⋯
      </summary>
      <div className="absolute right-0 z-10 mt-1 grid min-w-max rounded border border-slate-300 bg-white p-1 shadow">
        {actions.map((a) => (
          <button
            key={a.label}
            type="button"
            className={'rounded px-3 py-1 text-left text-sm whitespace-nowrap hover:bg-slate-100 ' + (a.danger ? 'text-red-800' : '')}
            onClick={() => {
              details.current?.removeAttribute('open');
              a.run();
            }}
          >
            {a.label}
          </button>
        ))}
      </div>
    </details>
  );
}

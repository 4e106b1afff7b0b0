/** What dashboard panels need from the page around them (injected so tests need no real browser). */
export interface DashboardPorts {
  /** Saves text (or a Blob built page by page) as a file; `type` defaults to CSV. */
  download: (name: string, content: string | Blob, type?: string) => void;
  confirm: (question: string) => boolean;
  /** Copies text to the clipboard. */
  copy: (text: string) => Promise<void>;
  /** Opens the browser's print dialog for the page. */
  print: () => void;
}

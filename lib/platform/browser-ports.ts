// The few browser-page effects the extension pages need (file download, confirm), in one place so the
// components receive them as plain functions and tests pass fakes.

/** Saves text or a Blob as a file through a temporary object URL (no downloads permission needed). */
export function downloadText(name: string, content: string | Blob, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(typeof content === 'string' ? new Blob([content], { type }) : content);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  // Revoked later: revoking at once can cancel the download before the browser reads the blob.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

export const confirmInPage = (question: string) => window.confirm(question);

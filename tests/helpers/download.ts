/** The text of a download port's content, BOM kept (Blob.text() would strip it, as UTF-8 decoding does). */
export async function downloadedText(content: string | Blob): Promise<string> {
  if (typeof content === 'string') return content;
  return new TextDecoder('utf-8', { ignoreBOM: true }).decode(await content.arrayBuffer());
}

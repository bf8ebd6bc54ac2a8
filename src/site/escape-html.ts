/** Text as HTML text or attribute value: &, <, > and " escaped (for markup the site writes as a string). */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

// Every email in two parts, plain text and HTML, from one description; all text is escaped in the HTML.

export interface Letter {
  greeting?: string;
  paragraphs: string[];
  /** A button in HTML, the bare link in plain text. */
  action?: { label: string; url: string };
  /** Items, each with a title and a line, for digests. */
  items?: { title: string; body: string; url?: string | null | undefined }[];
  footer?: string;
}

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

const FOOTER = 'Probity: the codes of the education sector, as working software.';

export function renderLetter(letter: Letter): { text: string; html: string } {
  const text = [
    letter.greeting,
    ...letter.paragraphs,
    letter.action ? `${letter.action.label}: ${letter.action.url}` : undefined,
    ...(letter.items ?? []).map((i) => `- ${i.title}\n  ${i.body}${i.url ? `\n  ${i.url}` : ''}`),
    `--\n${letter.footer ?? FOOTER}`,
  ]
    .filter((part): part is string => part !== undefined)
    .join('\n\n');
  const p = (content: string) => `<p style="margin:0 0 16px">${content}</p>`;
  const html = [
    '<!doctype html><html lang="en-GB"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"></head>',
    '<body style="margin:0;padding:24px;background:#f4f5f7;font-family:Arial,Helvetica,sans-serif;color:#1d2939;font-size:16px;line-height:1.5">',
    '<div style="max-width:560px;margin:0 auto;background:#ffffff;border-radius:8px;padding:24px">',
    letter.greeting ? p(escapeHtml(letter.greeting)) : '',
    ...letter.paragraphs.map((para) => p(escapeHtml(para))),
    letter.action
      ? p(`<a href="${escapeHtml(letter.action.url)}" style="display:inline-block;background:#17375e;color:#ffffff;padding:12px 20px;border-radius:6px;text-decoration:none;font-weight:bold">${escapeHtml(letter.action.label)}</a>`)
      : '',
    letter.items?.length
      ? `<ul style="padding-left:20px;margin:0 0 16px">${letter.items
          .map((i) => `<li style="margin-bottom:12px"><strong>${i.url ? `<a href="${escapeHtml(i.url)}">${escapeHtml(i.title)}</a>` : escapeHtml(i.title)}</strong><br>${escapeHtml(i.body)}</li>`)
          .join('')}</ul>`
      : '',
    `<p style="margin:24px 0 0;color:#667085;font-size:13px">${escapeHtml(letter.footer ?? FOOTER)}</p>`,
    '</div></body></html>',
  ].join('');
  return { text: `${text}\n`, html };
}

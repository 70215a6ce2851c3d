// Writes a version out as the scraper saved it: .txt with the page's menus, teaser lists and
// footer still in it; .md with front matter; .html with nav, aside and footer around <article>.
import { MONTHS, WEEKDAYS } from './resolve.mjs';

const pad = (n) => String(n).padStart(2, '0');

/** The publication line near the headline, in the outlet's own format. */
function stamp(outlet, at) {
  const d = at.getUTCDate(), m = at.getUTCMonth() + 1, y = at.getUTCFullYear();
  const h = at.getUTCHours(), min = pad(at.getUTCMinutes());
  if (outlet.stamp === 'dmyStamp') return `${WEEKDAYS[at.getUTCDay()]}, ${d}/${m}/${y} | ${h}:${min} GMT+7`;
  if (outlet.stamp === 'mdyStamp') return `${(h % 12) || 12}:${min}:${pad(at.getUTCSeconds())} ${h < 12 ? 'AM' : 'PM'} | ${m}/${d}/${y}`;
  if (outlet.stamp === 'written') return `Updated: ${MONTHS[m - 1]} ${d}, ${y}`;
  return undefined;
}

function footerLines(outlet, year) {
  if (outlet.footer === 'address') {
    return [`${outlet.name} Tower, 10 Harbour Street, Central Ward,`, 'Riverside District', `Email: contacts@${outlet.domain}`,
      'Tel: 028 7300 9999 - Ext 8556', 'Advertise with us: 090 293 9644', `\u00a9 Copyright ${year} ${outlet.domain}. All rights reserved.`,
      'Terms of use Privacy policy Cookies'];
  }
  if (outlet.footer === 'reactions') return ['Reactions:', 'Share:', 'Trending', 'Most Viewed', `\u00a9 ${year} ${outlet.name}`];
  if (outlet.footer === 'short') return [`\u00a9 ${year} ${outlet.name}. All rights reserved.`];
  return [];
}

function signoffLines(doc) {
  const { outlet } = doc;
  switch (outlet.signoff) {
    case 'byUrl': return [doc.author, `By ${outlet.name}: https://${outlet.domain}/${doc.slug}.html`];
    case 'source': return [`Source: ${outlet.code}`];
    case 'codeLine': return [outlet.code];
    case 'byline': return [doc.author, 'Back to top'];
    default: return [];
  }
}

/** Paragraphs with the wire agency's dateline and trailing sign-off where the outlet uses them. */
function bodyParagraphs(doc) {
  const paras = [...doc.paragraphs];
  if (doc.outlet.signoff === 'agency') {
    paras[0] = `${doc.city} (${doc.outlet.code}) \u2013 ${paras[0]}`;
    paras[paras.length - 1] += ` \u2013${doc.outlet.code}`;
  }
  if (doc.caption) paras.splice(Math.min(1, paras.length), 0, ...(doc.captionTwice ? [doc.caption, doc.caption] : [doc.caption]));
  return paras;
}

function teaserBlocks(doc) {
  return doc.teasers.flatMap((t) => [t.headline, t.headline, t.summary]);
}

export function renderTxt(doc) {
  const { outlet } = doc;
  const top = [...outlet.languageBar, ...outlet.languageBar.length ? [''] : [], ...outlet.menu.map((m) => `  \u2022 ${m}`)];
  const when = stamp(outlet, doc.published);
  const head = outlet.stampFirst && when ? [when, '', doc.headline] : [doc.headline, ...when ? ['', when] : []];
  const sep = outlet.tightLines ? '\n' : '\n\n';
  const parts = [top.join('\n'), head.join('\n'), bodyParagraphs(doc).join(sep), signoffLines(doc).join('\n\n')];
  if (outlet.tags) parts.push(`Tags: ${doc.tags.join(' ')}`);
  if (doc.teasers.length) parts.push([outlet.related, ...teaserBlocks(doc)].join(sep));
  parts.push([...outlet.languageBar, ...outlet.menu.map((m) => `  \u2022 ${m}`), ...footerLines(outlet, doc.year)].join('\n'));
  return parts.filter((p) => p.trim()).join(sep) + '\n';
}

export function renderMd(doc) {
  const { outlet } = doc;
  const date = doc.published.toISOString().slice(0, 10);
  const front = ['---', `title: ${JSON.stringify(doc.headline)}`, `outlet: ${outlet.name}`, `date: ${date}`, `author: ${JSON.stringify(doc.author)}`];
  if (outlet.tags) front.push(`tags: [${doc.tags.map((t) => JSON.stringify(t)).join(', ')}]`);
  front.push('---');
  const menu = outlet.menu.map((m) => `* [${m}](https://${outlet.domain}/${m.toLowerCase().replace(/\W+/g, '-')})`);
  const paras = bodyParagraphs(doc).map((p) => (p === doc.caption ? `*${p}*` : p));
  const related = [`## ${outlet.related}`, '', ...doc.teasers.map((t) => `- [${t.headline}](https://${outlet.domain}/${t.slug}.html)`)];
  const parts = [front.join('\n'), menu.join('\n'), `# ${doc.headline}`, ...paras, ...signoffLines(doc), related.join('\n'), ...footerLines(outlet, doc.year)];
  return parts.filter((p) => p.trim()).join('\n\n') + '\n';
}

const escapeHtml = (text, outlet) => {
  const escaped = text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
  return outlet.apostrophe === '\u2019' ? escaped.replace(/\u2019/g, '&rsquo;') : escaped;
};

export function renderHtml(doc) {
  const { outlet } = doc;
  const e = (t) => escapeHtml(t, outlet);
  const when = stamp(outlet, doc.published);
  const nav = outlet.menu.map((m) => `<li><a href="/${m.toLowerCase().replace(/\W+/g, '-')}">${e(m)}</a></li>`).join('');
  const body = bodyParagraphs(doc).map((p) => (p === doc.caption
    ? `<figure><img src="/img/${doc.slug}.jpg" alt=""><figcaption>${e(p)}</figcaption></figure>`
    : `<p>${e(p)}</p>`));
  const aside = doc.teasers.map((t) => `<li><a href="/${t.slug}.html">${e(t.headline)}</a><p>${e(t.summary)}</p></li>`).join('\n');
  return [
    '<!doctype html>', '<html lang="en"><head><meta charset="utf-8">', `<title>${e(doc.headline)} | ${e(outlet.name)}</title>`,
    `<meta property="og:title" content="${e(doc.headline).replace(/"/g, '&quot;')}">`,
    `<meta property="og:site_name" content="${e(outlet.name)}">`,
    `<meta property="article:published_time" content="${doc.published.toISOString()}">`,
    '<script>window.dataLayer = window.dataLayer || [];</script></head><body>',
    `<header><nav><ul>${nav}</ul></nav></header>`, '<main><article>', `<h1>${e(doc.headline)}</h1>`,
    when ? `<p class="time">${e(when)}</p>` : '', ...body,
    ...signoffLines(doc).map((l) => `<p class="source">${e(l)}</p>`), '</article>',
    `<aside><h2>${e(outlet.related)}</h2><ul>\n${aside}\n</ul></aside></main>`,
    `<footer>${footerLines(outlet, doc.year).map((l) => `<p>${e(l)}</p>`).join('')}</footer>`, '</body></html>',
  ].filter(Boolean).join('\n') + '\n';
}

export const RENDERERS = { txt: renderTxt, md: renderMd, html: renderHtml };

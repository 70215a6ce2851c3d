import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/core/extract/extractArticle';

const PROSE = 'The minister said on Monday that the two countries would expand their cooperation in trade, energy and education over the coming years.';

describe('extractArticle on Markdown, HTML, BOM and CRLF input', () => {
  it('reads front matter for headline, outlet, date and author, and keeps offsets past it', () => {
    const text = `---\ntitle: Ministers meet in Hanoi\nsource: Example Wire\ndate: 2024-03-05\nauthor: Jane Doe\n---\n# Ministers meet in Hanoi\n\n${PROSE}\n`;
    const a = extractArticle({ path: 'story.md', text });
    assert.equal(a.format, 'md');
    assert.equal(a.headline?.text, 'Ministers meet in Hanoi');
    assert.equal(text.slice(a.headline!.start, a.headline!.end), 'Ministers meet in Hanoi');
    assert.equal(a.outlet?.name, 'Example Wire');
    assert.equal(a.published?.iso, '2024-03-05');
    assert.equal(a.author, 'Jane Doe');
    const body = a.blocks.find((b) => b.kind === 'body')!;
    assert.equal(text.slice(body.start, body.end), PROSE);
  });

  it('takes the <article> element and metadata of an HTML page and maps text back through entities', () => {
    const html = `<!doctype html><html><head><title>x</title>
<meta property="og:title" content="Trade talks resume">
<meta property="og:site_name" content="Daily Example">
<meta property="article:published_time" content="2024-05-01T08:00:00Z">
<script>var a = "<p>not text</p>";</script></head><body>
<nav><a href="/">Home</a> <a href="/world">World</a></nav>
<article><h1>Trade talks resume</h1>
<p>The minister said on Monday that the two countries&#39; negotiators would expand their cooperation in trade &amp; energy over the coming years.</p>
</article><footer>&copy; 2024 Daily Example. All rights reserved.</footer></body></html>`;
    const a = extractArticle({ path: 'page.html', text: html });
    assert.equal(a.headline?.text, 'Trade talks resume');
    assert.equal(a.outlet?.name, 'Daily Example');
    assert.equal(a.published?.iso, '2024-05-01');
    const body = a.blocks.find((b) => b.kind === 'body')!;
    assert.ok(body.text.includes("countries' negotiators") && body.text.includes('trade & energy'));
    assert.ok(html.slice(body.start, body.end).includes('countries&#39; negotiators'));
    const amp = body.text.indexOf('&');
    assert.equal(html.slice(body.offsets![amp], body.ends![amp]), '&amp;');
    assert.equal(a.blocks.find((b) => b.text.startsWith('Home'))?.kind, 'furniture');
    assert.ok(!a.blocks.some((b) => b.text.includes('not text')), 'script text is never read');
  });

  it('handles CRLF line ends with offsets into the CRLF text', () => {
    const text = `Ministers meet in Hanoi\r\n\r\n${PROSE}\r\n\r\nSource: Example Wire\r\n`;
    const a = extractArticle({ path: 'crlf.txt', text });
    assert.equal(a.headline?.text, 'Ministers meet in Hanoi');
    const body = a.blocks.find((b) => b.kind === 'body')!;
    assert.equal(text.slice(body.start, body.end), PROSE);
    assert.equal(a.outlet?.name, 'Example Wire');
  });

  it('starts the body at a one-sentence lead of names and figures, which has too few function words for prose', () => {
    const lead = 'Kyiv, 04.03.2025 - Ukraine returned 150 defenders from Russian captivity on Wednesday, March 4, President Volodymyr Zelenskyy announced.';
    const caption = 'Ukrainian soldiers after their release near the Belarusian border on 4 March 2025. Photo: Ukrinform';
    const page = (...blocks: string[]) => extractArticle({ path: 'lead.txt', text: ['Ukraine brings home 150 defenders', ...blocks, PROSE, PROSE.replace('Monday', 'Tuesday')].join('\n\n') });
    const a = page(lead);
    assert.equal(a.headline?.text, 'Ukraine brings home 150 defenders');
    assert.equal(a.blocks.find((b) => b.kind === 'body')?.text, lead);
    // the photo between the lead and the rest is the article's; a caption is no lead
    const b = page(lead, caption);
    assert.deepEqual(b.blocks.filter((x) => x.kind === 'body').map((x) => x.text.slice(0, 4)), ['Kyiv', 'The ', 'The ']);
    assert.equal(b.blocks.find((x) => x.text === caption)?.kind, 'caption');
    const c = page(caption);
    assert.equal(c.blocks.find((x) => x.text === caption)?.kind, 'furniture');
    // nor a caption without a credit: names, a place and a date, hardly a function word
    const fileCaption = 'General Secretary To Lam received Russian Security Council Secretary Sergey Shoigu, Moscow, June 5, 2024.';
    assert.equal(page(fileCaption).blocks.find((x) => x.text === fileCaption)?.kind, 'furniture');
    // a line of the site's, repeated on the page, is no lead either
    const banner = 'Subscribe now: Kyiv Independent, Ukrinform, Interfax-Ukraine and 40 more sources, 1 USD a week.';
    assert.equal(page(banner, banner).blocks.find((x) => x.kind === 'body')?.text.slice(0, 4), 'The ');
  });

  it('dates wire copy by the dateline of its lead when nothing else dates it, and only by a date read one way', () => {
    const wire = (dateline: string, above = '') => {
      const text = `Ministers meet in Hanoi\n\n${above}${dateline} ${PROSE}\n`;
      const a = extractArticle({ path: 'wire.txt', text });
      const span = a.published?.evidence[0].span;
      return a.published && [a.published.iso, span && text.slice(span.start, span.end)];
    };
    assert.deepEqual(wire('PARIS, March 4, 2025 (AFP) -'), ['2025-03-04', 'March 4, 2025']);
    assert.deepEqual(wire('Kyiv, 14.03.2025 -'), ['2025-03-14', '14.03.2025']);
    assert.equal(wire('Kyiv, 04.03.2025 -'), undefined, 'day/month or month/day');
    assert.equal(wire('NEW DELHI, March 3 (Reuters) -'), undefined, 'no year');
    assert.deepEqual(wire('PARIS, March 4, 2025 (AFP) -', 'Updated: March 5, 2025\n\n'), ['2025-03-05', 'Updated: March 5, 2025'], 'the page date line first');
    assert.deepEqual(wire('KYIV, 2025-03-04 –'), ['2025-03-04', '2025-03-04']);
    // a sentence that opens with a date between dashes is no dateline
    assert.equal(wire('On Monday, March 3, 2025 – the first day of spring –'), undefined);
    assert.equal(wire('The government said on Friday, March 7, 2025 - a day after the vote -'), undefined);
  });

  it('names the agency of a dateline that carries its date, as Reuters, AFP and Xinhua write it', () => {
    const outletOf = (dateline: string) => extractArticle({ path: 'wire.txt', text: `Ministers meet in Hanoi\n\n${dateline} ${PROSE}\n` }).outlet?.name;
    assert.equal(outletOf('Ha Noi (VNA) –'), 'VNA');
    assert.equal(outletOf('NEW DELHI, March 3 (Reuters) -'), 'Reuters');
    assert.equal(outletOf('PARIS, March 3, 2025 (AFP) -'), 'AFP');
    assert.equal(outletOf('BEIJING, Dec. 9 (Xinhua) --'), 'Xinhua');
    // a bracket that is no dateline's: a figure, or an aside far into the sentence
    assert.equal(outletOf('In 2025, 40 percent (WHO) -'), undefined);
    assert.equal(outletOf('Last year, 40 percent (WHO) -'), undefined);
    assert.equal(outletOf('RIO DE JANEIRO, July 8 (Reuters) -'), 'Reuters');
    assert.equal(outletOf('Rio de Janeiro (AFP) –'), 'AFP');
    assert.equal(outletOf('The ministers of the two countries met on 3 March 2025 in the capital (VNA) -'), undefined);
    // a joint credit, and a site signing the lead
    assert.equal(outletOf('HANOI, Nov 18 (Bernama-VNA) --'), 'Bernama-VNA');
    assert.equal(outletOf('VOV.VN -'), 'VOV.VN');
    assert.equal(outletOf('U.S. - China'), undefined);
    // only the lead is signed so: a later paragraph opening on a site's name is about the site
    const later = extractArticle({ path: 'wire.txt', text: `Ministers meet in Hanoi\n\nHa Noi (VNA) – ${PROSE}\n\nTiki.vn - once the top retailer - said sales fell.\n` });
    assert.equal(later.outlet?.name, 'VNA');
  });

  it('names the agency of a sign-off line opening with dashes', () => {
    const a = extractArticle({ path: 'wire.txt', text: `Ministers meet in Hanoi\n\n${PROSE}\n\n${PROSE.replace('the', 'a')}\n\n-- BERNAMA\n\nOther news of the day follows here in a list.\n` });
    assert.equal(a.outlet?.name, 'BERNAMA');
    assert.equal(a.blocks.find((b) => b.text === '-- BERNAMA')?.kind, 'signoff');
    // a list's bullet is no sign-off
    const list = extractArticle({ path: 'wire.txt', text: `Ministers meet in Hanoi\n\n${PROSE}\n\n- UNICEF\n\n- WHO\n\n${PROSE.replace('the', 'a')}\n` });
    assert.equal(list.outlet, undefined);
    assert.ok(list.blocks.some((b) => b.kind === 'body' && b.text.startsWith('The minister said on Monday that a two')));
  });
});

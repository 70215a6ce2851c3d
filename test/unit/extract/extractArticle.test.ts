import assert from 'node:assert/strict';
import { extractArticle } from '../../../src/core/extract/extractArticle';
import type { Article, BlockKind } from '../../../src/core/types';
import { seed } from '../seedCorpus';

function kindsOf(article: Article, kind: BlockKind): string[] {
  return article.blocks.filter((b) => b.kind === kind).map((b) => b.text);
}

/** The kind of the block holding `line` (furniture lines of one run share a block). */
function kindOfLine(article: Article, line: string | RegExp): BlockKind | undefined {
  const holds = (text: string) => text.split('\n').some((l) => typeof line === 'string' ? l.trim() === line : line.test(l.trim()));
  return article.blocks.find((b) => holds(b.text))?.kind;
}

function bodyText(article: Article): string {
  return kindsOf(article, 'body').join('\n');
}

describe('extractArticle on the sample corpus', () => {
  it('000 (VnExpress page): headline after the menu, body up to the source line, teasers and footer left out', () => {
    const doc = seed('000');
    const a = extractArticle(doc);
    assert.equal(a.headline?.text, 'Russia considers Vietnam a top priority partner in Asia-Pacific');
    assert.equal(a.outlet?.name, 'VnExpress');
    const body = kindsOf(a, 'body');
    assert.ok(body[0].startsWith('Secretary of the Russian Security Council Sergey Shoigu stated'));
    assert.ok(body[body.length - 1].startsWith('This year, Vietnam and Russia celebrate 75 years'));
    assert.equal(kindOfLine(a, /^• News/), 'furniture');
    assert.equal(kindOfLine(a, 'News in the same category'), 'furniture');
    assert.ok(!bodyText(a).includes('Heatwave'), 'teasers are not body');
    assert.ok(!bodyText(a).includes('Copyright'), 'footer is not body');
    assert.equal(kindsOf(a, 'caption').length, 2);
    assert.deepEqual(kindsOf(a, 'dateline'), ['Tuesday, 9/12/2025 | 21:34 GMT+7']);
    assert.equal(a.blocks.find((b) => b.text.startsWith('By VnExpress'))?.kind, 'signoff');
  });

  it('001 (VNA): body ends at the "VNA" sign-off, "Back to top" is furniture, duplicated captions are captions', () => {
    const a = extractArticle(seed('001'));
    assert.equal(a.headline?.text, "Party leader calls for stronger Viet Nam-Russia ties to support each other's security, prosperity");
    assert.equal(a.outlet?.name, 'VNA');
    assert.equal(kindsOf(a, 'caption').length, 2);
    assert.equal(kindOfLine(a, 'Back to top'), 'furniture');
    assert.ok(kindsOf(a, 'body').at(-1)!.startsWith('Cultural and people-to-people exchanges'));
  });

  it('002: the site header is furniture and the body ends before the share widgets and related news', () => {
    const a = extractArticle(seed('002'));
    assert.equal(a.headline?.text, 'Foreign Ministry: Vietnam, Russia build comprehensive strategic partnership');
    for (const line of ['14TH NATIONAL CONGRESS OF THE COMMUNIST PARTY OF VIETNAM', 'Log in', 'Reactions:', 'Related news']) {
      assert.equal(kindOfLine(a, line), 'furniture', line);
    }
    assert.ok(kindsOf(a, 'body').at(-1)!.startsWith('Speaking at the 11th Moscow International Security Conference'));
    assert.ok(!bodyText(a).includes('Ao Dai'));
  });

  it('003 (VGP): the date line is not the headline, "Source: VGP" names the outlet', () => {
    const a = extractArticle(seed('003'));
    assert.equal(a.headline?.text, 'Viet Nam Always Sees Russia as One of Major and Trusted Partners');
    assert.deepEqual(kindsOf(a, 'dateline'), ['9:00:26 AM | 9/29/2021']);
    assert.equal(a.outlet?.name, 'VGP');
    assert.ok(kindsOf(a, 'body').at(-1)!.startsWith('They affirmed support for ASEAN'));
  });

  it('004 (VNA): the article ends at "–VNA"; the unrelated paragraphs after it are furniture', () => {
    const a = extractArticle(seed('004'));
    assert.equal(a.headline?.text, 'Vietnam, Russia hold fourth defence strategy dialogue');
    assert.equal(a.outlet?.name, 'VNA');
    assert.ok(kindsOf(a, 'body').at(-1)!.endsWith('Kirov Military Medical Academy. –VNA'));
    const after = a.blocks.find((b) => b.text.startsWith('As part of its foreign policy'));
    assert.equal(after?.kind, 'furniture');
    assert.equal(after?.reason, 'after the wire sign-off');
    assert.ok(!bodyText(a).includes('Angola'));
  });

  it('keeps every block at exact offsets of the original text', () => {
    for (const prefix of ['000', '001', '002', '003', '004']) {
      const doc = seed(prefix);
      for (const b of extractArticle(doc).blocks) assert.equal(doc.text.slice(b.start, b.end), b.text, `${prefix}: ${b.text}`);
    }
  });
});

describe('extractArticle: where the article ends', () => {
  const page = (...blocks: string[]) => extractArticle({ path: 'page.txt', text: blocks.join('\n\n') });
  const paragraph = (n: number) => `The paragraph number ${n} of the match report says what happened on the pitch and what the coach said after it.`;

  it('reads on past a byline under the lead', () => {
    const a = page('Vietnam snatch late winner in Hanoi', paragraph(1), 'By Agence France-Presse and The Nation', paragraph(2), paragraph(3));
    assert.equal(kindOfLine(a, 'By Agence France-Presse and The Nation'), 'byline');
    assert.ok(bodyText(a).includes('number 3'));
  });

  it('still ends at a "By" line with a link, at a "Source:" line, and at a "By" line further down', () => {
    const linked = page('Headline of the story here', paragraph(1), 'By VnExpress: https://e.vnexpress.net/news/1', paragraph(2));
    assert.ok(!bodyText(linked).includes('number 2'));
    const source = page('Headline of the story here', paragraph(1), 'Source: VGP', paragraph(2));
    assert.ok(!bodyText(source).includes('number 2'));
    const brief = page('Headline of the story here', paragraph(1), paragraph(2), 'By Reuters', paragraph(3));
    assert.equal(kindOfLine(brief, 'By Reuters'), 'signoff', 'a brief of two paragraphs signed by its agency');
    assert.ok(!bodyText(brief).includes('number 3'));
    const late = page('Headline of the story here', paragraph(1), paragraph(2), paragraph(3), 'By Reuters', paragraph(4));
    assert.equal(kindOfLine(late, 'By Reuters'), 'signoff');
    assert.ok(!bodyText(late).includes('number 4'));
  });

  it('reads "RELATED" above the teasers as a section heading, not as the agency that signed the story', () => {
    const a = page('Headline of the story here', paragraph(1), paragraph(2), 'RELATED', 'Chanathip Songkrasin announces international retirement');
    assert.equal(a.outlet, undefined);
    assert.equal(kindOfLine(a, 'RELATED'), 'furniture');
    assert.ok(!bodyText(a).includes('Chanathip'));
  });

  it('reads on past a short paragraph credited to the wire right under the lead: a photo caption', () => {
    const a = page('Headline of the story here', paragraph(1), 'The two prime ministers at the talks in the capital on Monday. –VNA', paragraph(2));
    assert.ok(bodyText(a).includes('number 2'));
  });

  it("ends at a wire's credits and at 'Read Next', and takes no byline for the headline", () => {
    const a = page('Tycoon gets life sentence in bank fraud', 'By Francesco Guarascio and Phuong Nguyen', paragraph(1), paragraph(2),
      'Reporting by Francesco Guarascio; Editing by Kim Coghill', 'Our Standards: The Thomson Reuters Trust Principles.', paragraph(3));
    assert.equal(a.headline?.text, 'Tycoon gets life sentence in bank fraud');
    assert.equal(kindOfLine(a, 'Reporting by Francesco Guarascio; Editing by Kim Coghill'), 'signoff');
    assert.ok(!bodyText(a).includes('number 3'));
    const next = page('Tycoon gets life sentence in bank fraud', paragraph(1), paragraph(2), 'Read Next', paragraph(3));
    assert.ok(!bodyText(next).includes('number 3'));
    const nikkei = page('Parts maker bets on the north', 'KOJI NAKAMURA, Nikkei staff writer', paragraph(1));
    assert.equal(nikkei.headline?.text, 'Parts maker bets on the north');
  });

  it('ends at a wire sign-off closing a paragraph that has no full stop of its own after it', () => {
    const a = page('Headline of the story here', paragraph(1), paragraph(2), 'Viet Nam are the defending champions after winning the 2024 edition in the final. –VNA',
      'Defender Bui Tien Dung said the players had prepared carefully for the return leg and were confident of winning.');
    assert.ok(bodyText(a).endsWith('in the final. –VNA'));
    assert.ok(!bodyText(a).includes('Bui Tien Dung'));
  });
});

describe('extractArticle: the headline', () => {
  const page = (...blocks: string[]) => extractArticle({ path: 'page.txt', text: blocks.join('\n\n') });
  const lead = 'Hanbit Bank said on Monday that hackers had stolen the data of 1.2 million customers in a ransomware attack that began last week.';
  const more = 'The bank said it would not pay the ransom and had reported the attack to the police and the financial regulator on Friday.';

  it('passes over page widgets above the lead: reading time, notes to editors, labels, bylines with their outlet or stamp, credited captions', () => {
    const headline = 'Hanbit Bank confirms data of 1.2 million customers stolen';
    for (const widget of [
      '4 min read', '(ATTN: UPDATES with comments in paras 9-10)', 'Editor: Liu Jin', 'Fikri Hadi Pratama (The Jakarta Post)',
      'Seda Nur Karataş, Mehmet Şirin Tekin |17.11.2025 - Update : 17.11.2025', '*MIKI YAMADA, Nikkei staff writer*',
      'Customers queue outside a Hanbit Bank branch in Seoul on October 10, 2025. (Yonhap)',
    ]) {
      assert.equal(page('News', headline, 'Oct 13, 2025', widget, 'Share', lead, more).headline?.text, headline, widget);
    }
  });
});

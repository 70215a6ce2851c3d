// Small invented articles for the date tests: a headline, an optional date line, paragraphs of
// running prose and a source line naming the outlet, the way scraped wire copies look.
import type { HouseStyle } from '../../../src/core/config/houseStyle';
import { defaultHouseStyle } from '../../../src/core/config/houseStyle';
import { Corpus } from '../../../src/core/engine/corpus';
import type { Rule } from '../../../src/core/engine/rule';

export interface ArticleParts {
  headline: string;
  dateline?: string;
  paragraphs: string[];
  /** Written as "Source: <outlet>". */
  outlet?: string;
}

export function articleText(parts: ArticleParts): string {
  const lines = [parts.headline, ...(parts.dateline ? [parts.dateline] : []), ...parts.paragraphs, ...(parts.outlet ? [`Source: ${parts.outlet}`] : [])];
  return `${lines.join('\n\n')}\n`;
}

export function corpusOf(rules: readonly Rule[], docs: Record<string, string>, style: Partial<HouseStyle> = {}): Corpus {
  const corpus = new Corpus(rules, { ...defaultHouseStyle(), ...style });
  for (const [path, text] of Object.entries(docs)) corpus.set({ path, text });
  return corpus;
}

/** Two versions of one invented story; `{DATE_A}` and `{DATE_B}` stand for the dates each gives. */
export function fisheriesStory(dateA: string, dateB: string, extra: { datelineA?: string; datelineB?: string } = {}): Record<string, string> {
  return {
    'harbour.txt': articleText({
      headline: 'Finland and Chile sign fisheries agreement in Helsinki',
      dateline: extra.datelineA,
      paragraphs: [
        `Finnish Foreign Minister Elina Valtonen and her Chilean counterpart Alberto van Klaveren signed a fisheries cooperation agreement in Helsinki ${dateA}, according to the Finnish foreign ministry.`,
        'The agreement covers research vessels, joint patrols against illegal fishing, and the exchange of scientific data on salmon stocks in the southern Pacific.',
        'Both ministers said the deal would strengthen trade between the two countries, which has grown steadily over the past decade.',
      ],
      outlet: 'Harbour Post',
    }),
    'andes.txt': articleText({
      headline: 'Chile, Finland agree on fisheries cooperation',
      dateline: extra.datelineB,
      paragraphs: [
        `Chilean Foreign Minister Alberto van Klaveren and Finnish Foreign Minister Elina Valtonen signed a fisheries cooperation agreement in Helsinki ${dateB}, the Finnish foreign ministry said.`,
        'The deal covers research vessels, joint patrols against illegal fishing and the exchange of scientific data on salmon stocks in the southern Pacific.',
        'The two ministers said the agreement would boost trade between the countries, which has grown steadily over the past ten years.',
      ],
      outlet: 'Andes Wire',
    }),
  };
}

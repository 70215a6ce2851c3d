// The commonest English words, most frequent first (general English, not news of one region): a
// prior for readings when the corpus is too small to rank them, so "aswell" reads "as well"
// rather than "a swell", "weremade" "were made" rather than "we remade", and "andtoday" keeps
// "today" whole. The last lines are common words made of two common words (to|day, can|not).
const COMMON_WORDS = `
  the be to of and a in that have i it for not on with he as you do at this but his by from they we
  say her she or an will my one all would there their what so up out if about who get which go me
  when make can like time no just him know take people into year your good some could them see
  other than then now look only come its over think also back after use two how our work first well
  way even new want because any these give day most us is was are were been has had said made did
  does got went came took gave saw knew told found used called may more many such very through down
  where before should must between each still life world own under here while last both never old
  place might part number great group thing city long little home business company system program
  question during country without against school right small large important different public end
  power high early state family children point however hand within next few money local since
  national week fact lot service social level area water problem including support law development
  market war best report three four five six seven eight nine ten hundred thousand million billion
  percent man men woman women child year years days times months things ways parts cases companies
  countries groups people's become became left put keep kept means mean help helped show shown held
  hold set run ran move moved live lived believe brought bring happen happened write wrote provide
  provided sit stand lose lost pay paid meet met include included continue continued learn change
  changed lead led understand watch follow followed stop create speak spoke read allow allowed add
  added spend spent grow grew open opened walk win won offer offered remember consider considered
  appear buy wait serve die send sent expect expected build built stay fall fell cut reach kill
  remain remained suggest raise pass sell sold require report decide pull again around another
  away every something nothing always often together already enough almost later less least much
  far sure true whole real full free better best certain major general political economic human
  late hard special open clear recent possible white black red force office door health person art
  side head house name minute hour night morning evening month half second team game member law
  age story policy student result kind eye face idea body information back parent others history
  party view reason case control experience friend issue effort interest research government
  today cannot everyone everything someone anyone maybe sometimes himself herself itself themselves
  myself yourself whatever whenever wherever upon onto inside outside online overall meanwhile
  therefore furthermore moreover otherwise nevertheless throughout forward toward towards
  tomorrow tonight yesterday somewhere anything anyway become becomes
`.split(/\s+/).filter(Boolean);

const RANK = new Map<string, number>();
COMMON_WORDS.forEach((word, i) => { if (!RANK.has(word)) RANK.set(word, i + 1); });

/** Rank of a word among the commonest English words (1 for "the"), or undefined for the rest. */
export function commonWordRank(word: string): number | undefined {
  return RANK.get(word.toLowerCase());
}

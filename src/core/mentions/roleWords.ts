// Words that are capitalised in news copy without being part of a person's or place's name:
// titles and roles that precede names, and the nouns organisations, events and documents are
// named with. A name mention is what is left once these are set aside.

export const TITLES: ReadonlySet<string> = new Set((
  'mr mrs ms miss dr prof sir dame lord lady sen rep gov gen lt col maj capt cpt adm sgt cmdr brig rev hon ' +
  'president vice prime minister deputy secretary general chairman chairwoman chairperson chair ambassador ' +
  'spokesperson spokesman spokeswoman king queen prince princess pope father senator representative governor ' +
  'mayor chancellor premier director chief comrade judge justice professor doctor lieutenant colonel major ' +
  'captain admiral marshal commander sheikh shaikh emir sultan speaker leader head acting former first ' +
  'foreign defence defense interior finance state party politburo member counterpart envoy consul minister ' +
  'officer executive ceo chairmen senior junior assistant undersecretary permanent standing national ' +
  // roles a story puts before a name in sport, courts and commentary ("Coach Kim Sang-sik", "Prosecutor
  // Tran Van Binh"); not those that are also surnames (Bishop, Singer, Nurse, Winger) or open the names
  // of things ("Official Development Assistance")
  'coach striker midfielder goalkeeper defender prosecutor attorney lawyer detective ' +
  'economist analyst researcher scientist expert correspondent reporter editor founder investor manager ' +
  'diplomat activist candidate lawmaker legislator councillor councilor commissioner ' +
  'defendant accused suspect plaintiff witness victim convict inmate patient'
).split(' '));

export const ORGANISATION_WORDS: ReadonlySet<string> = new Set((
  'ministry council committee commission party union association academy conference agency bank company ' +
  'university college school centre center federation republic army navy forces force assembly government ' +
  'office department headquarters games community organisation organization nations states institute court ' +
  'group week fair congress museum day year law treaty agreement convention statement vision programme program ' +
  'corporation corp inc ltd airlines airport port station hospital parliament senate house cabinet police ' +
  'guard ward district province city street road square bridge plaza tower club fund foundation society ' +
  'movement front alliance coalition summit forum festival cup league championship award prize news times ' +
  'post daily press television radio channel network online magazine journal review market exchange index ' +
  'dialogue session meeting plan strategy project initiative partnership friendship era region'
).split(' '));

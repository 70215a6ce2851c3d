// Sentence templates by news domain. Notation (resolved per version and outlet by render.mjs):
//   [a|b|c]   a synonym group: each version may pick differently (paraphrase)
//   {A} {A.s} {A.role}   people of the story (full name, surname, role); also B and C
//   {ORG} {ORG.a} {ORG.first}   an organisation, its acronym, "name (ACR)"
//   {CO} {PRJ} {CITY} {CITY2} {CTRY} {CTRY2}   company, project, places
//   {N.count} {N.money} {N.year}   the story's main figures; {N.count2} {N.money2} {N.pct} {N.small}
//   {N.km}   secondary ones, different in each sentence template
//   {DATE} {WDATE} {DAY} {YEAR}   the event date as the outlet writes it; {NEXTDATE} {NEXTON} a later one
//   %defence%   a word spelled the outlet's way (UK or US), {CYBER} likewise
//   " ~and~ "   a sentence boundary some versions keep and others join with the word given

export const DOMAINS = [
  {
    name: 'diplomacy',
    roles: { A: ['Foreign Minister', 'Prime Minister', 'Deputy Prime Minister', 'President'], B: ['Ambassador', 'Foreign Minister', 'Secretary of the Security Council', 'Speaker of the National Assembly'], C: ['analyst', 'senior researcher', 'former envoy'] },
    headlines: [
      '{CTRY} and {CTRY2} [agree|pledge|vow] to [deepen|expand|strengthen] %defence% and trade ties',
      '{A.role} {A} [hosts|receives|welcomes] {CTRY2} delegation led by {B}',
      '{CTRY} [considers|sees|views] {CTRY2} a [top|key|leading] partner, says {B.s}',
      '{A.s} and {B.s} [discuss|review] cooperation [programmes|plans] in {CITY}',
    ],
    leads: [
      '{A.role} {A} [received|hosted|met] {CTRY2} {B.role} {B} in {CITY} {DATE}, [stressing|underlining|emphasising] that the visit would [further strengthen|deepen|boost] cooperation between the two countries.',
      '{CTRY} and {CTRY2} [agreed|pledged] {WDATE} to [expand|broaden|step up] cooperation in %defence%, trade and energy after talks between {A} and {B} in {CITY}.',
    ],
    body: [
      '{B.s} [affirmed|said|stated] that {CTRY2} [considers|views|regards] {CTRY} a [reliable|trusted] and [top priority|leading] partner in the region ~and~ he [appreciated|valued|praised] its [independent|self-reliant] foreign policy.',
      'The two sides [noted|reviewed|welcomed] the [outcomes|results] of the {ORG.first} talks, [particularly|especially] in transnational crime [prevention|combat], counter-terrorism and {CYBER}.',
      '{A.s} [urged|called on] both countries to [effectively implement|carry out] the {N.small} agreements signed {DATE} ~and~ he [said|added] both sides should [fully tap|make full use of] their potential.',
      'Bilateral trade [reached|stood at|totalled] {N.money} last year, [up|an increase of] {N.pct} from the year before, according to the {ORG}.',
      'The two nations established their comprehensive strategic partnership in {N.year} ~and~ about {N.count} citizens of {CTRY} [live|reside|work] in {CTRY2}.',
      'Both [sides|leaders] agreed to [expand|broaden] student exchange %programmes% and to [open|set up] a cultural %centre% in {CITY2} [next year|by the end of {YEAR}].',
      '{B.s} [said|noted] that the {ORG.a} [hopes|wants] to [broaden|expand] strategic dialogue with [specialised|relevant] agencies of {CTRY}.',
      'The delegation [travelled|went] to {CITY2} {DAY} to [visit|tour] the {PRJ}, which [employs|has hired] {N.count2} local workers.',
    ],
  },
  {
    name: 'economy',
    roles: { A: ['Minister of Trade', 'Finance Minister', 'central bank governor'], B: ['chief executive of {CO}', 'chairman of {CO}', 'head of the {ORG}'], C: ['economist', 'market analyst', 'trade expert'] },
    headlines: [
      '{CO} to invest {N.money} in {CITY} [plant|factory|facility]',
      '{CTRY} exports [rise|climb|jump] {N.pct} as demand [recovers|rebounds]',
      '{A.role} {A} [unveils|announces] plan to [modernise|overhaul] {CTRY} ports',
      '{CO} [posts|reports] record [profit|earnings] despite [weak|slowing] demand',
    ],
    leads: [
      '{CO} will invest {N.money} in a new [plant|factory|facility] in {CITY}, {B.role} {B} [said|announced|told reporters] {DATE}.',
      'Exports from {CTRY} [rose|climbed|grew] {N.pct} in the first ten months of {YEAR}, the {ORG.first} [said|reported] {WDATE}.',
    ],
    body: [
      'The [project|investment] is expected to [create|generate] {N.count} jobs ~and~ production [will start|is due to begin] {NEXTDATE}.',
      '{A.s} said the government would [prioritise|focus on] infrastructure, [labour|workforce] training and [faster|simpler] licensing for foreign investors.',
      '[Analysts|Economists] [said|noted] that the [figures|data] [reflect|show] a [recovery|rebound] in demand from {CTRY2} and other [neighbouring|nearby] markets.',
      'The {ORG.a} [forecast|projected|expects] growth of {N.pct} next year, [citing|pointing to] [stronger|higher] consumer spending.',
      '{C}, a {C.role} at a {CITY} university, [said|warned] that rising [energy|shipping] costs could [weigh on|hurt] margins ~while~ the currency [remains|stays] weak.',
      '{CO} [employs|has] {N.count2} people [across|in] {N.small} countries ~and~ it [reported|posted] revenue of {N.money2} last year.',
      'The plant will be built on a {N.km}-hectare site [outside|near] {CITY} ~and~ it will [supply|serve] customers in {CTRY2}.',
      'Shares of {CO} [rose|gained|climbed] {N.pct} in [early|morning] trading {DAY} after the announcement.',
    ],
  },
  {
    name: 'infrastructure',
    roles: { A: ['Minister of Transport', 'Governor of {CITY}', 'Mayor of {CITY}'], B: ['director of the {ORG}', 'project manager', 'chief engineer'], C: ['urban planner', 'engineer', 'resident'] },
    headlines: [
      'Work [begins|starts] on {N.money} {PRJ}',
      '{PRJ} [opens|opens to traffic] [after|following] {N.small} years of construction',
      '{CITY} [approves|backs] plan for new {PRJ}',
      'Delays [hit|plague] {PRJ} as costs [rise|climb] to {N.money}',
    ],
    leads: [
      'Construction of the {PRJ} [began|started|got under way] {DATE}, with {A.role} {A} [calling|describing] it a [key|vital|major] project for the region.',
      'The {PRJ} [opened|was opened] {WDATE}, {N.small} years after work [began|started], {B.role} {B} [said|announced].',
    ],
    body: [
      'The project, [worth|valued at|costing] {N.money}, [includes|covers] {N.km} kilometres of new track and {N.small} stations ~and~ it is [funded|financed] by the {ORG.first}.',
      '{B.s} said about {N.count} workers [are|will be] [employed|deployed] on the site, [working|operating] in shifts around the clock.',
      'Residents of {CITY2} [complained|said] that the [works|construction] had [disrupted|blocked] traffic ~and~ the {ORG.a} [promised|pledged] to [reduce|limit] noise at night.',
      '{A.s} said the {PRJ} would [cut|reduce] travel time between {CITY} and {CITY2} by {N.pct}.',
      'The [line|facility] is expected to [handle|carry|serve] {N.count2} passengers a day when it [reaches|runs at] full capacity {NEXTDATE}.',
      '{C}, a [local|retired] {C.role}, [said|told reporters] the [design|plan] had been [criticised|questioned] for [ignoring|overlooking] flood risks.',
      'The {ORG} [said|stated] the project [met|complies with] all environmental [standards|rules] and had been [analysed|reviewed] by independent experts.',
      'Officials [said|noted] that a [second|further] phase, [linking|connecting] the [city|port] %centre% with the airport, [could|would] [start|begin] in {N.year}.',
    ],
  },
  {
    name: 'health',
    roles: { A: ['Health Minister', 'Deputy Health Minister', 'director of {CITY} General Hospital'], B: ['head of the {ORG}', 'chief medical officer', 'epidemiologist'], C: ['doctor', 'nurse', 'researcher'] },
    headlines: [
      '{CTRY} [reports|records] {N.count} new cases of [dengue|measles|influenza]',
      '{CITY} hospital [opens|launches] new [cancer|heart|children\u2019s] %centre%',
      '[Vaccination|Immunisation] drive [reaches|covers] {N.count} children in {CITY}',
      'Health [officials|authorities] [warn|caution] of [rising|growing] [dengue|flu] cases',
    ],
    leads: [
      'Health authorities in {CTRY} [recorded|reported] {N.count} new cases of [dengue|measles|influenza] [last week|over the past week], {A.role} {A} [said|told reporters] {DATE}.',
      'A new [cancer|heart|children\u2019s] %centre% [opened|was inaugurated] at {CITY} General Hospital {WDATE}, [adding|with] {N.count2} beds.',
    ],
    body: [
      '{B.s} [said|warned] that cases had [risen|increased|climbed] {N.pct} compared with the same period last year ~and~ health officials urged residents to [remove|clear] standing water.',
      'The {ORG.first} [plans|intends] to [vaccinate|immunise] {N.count} children in {N.small} provinces {NEXTDATE}.',
      'Hospitals in {CITY} and {CITY2} [have been|are] [asked|told] to [prepare|set aside] extra beds ~and~ they must [report|notify] cases within 24 hours.',
      'The %centre% [cost|was built for] {N.money} ~and~ it was [funded|paid for] [partly|in part] by a grant from {CTRY2}.',
      '{C}, a {C.role} at the hospital, said staff had [travelled|gone] to {CTRY2} for [specialised|advanced] training.',
      'The [ministry|department] [recognised|acknowledged] that [rural|remote] clinics [lack|are short of] equipment and [trained|qualified] staff.',
      '{A.s} said the [programme|campaign] would [prioritise|focus on] the elderly and pregnant women.',
      'No deaths [have been|were] [reported|recorded] so far, [though|although] {N.small} patients [remain|are] in intensive care.',
    ],
  },
  {
    name: 'disaster',
    roles: { A: ['Governor of {CITY}', 'Minister of Emergency Situations', 'provincial chairman'], B: ['head of the {ORG}', 'rescue commander', 'meteorologist'], C: ['resident', 'farmer', 'volunteer'] },
    headlines: [
      '[Floods|Heavy rains] [kill|leave] {N.small} dead in {CITY}',
      '[Storm|Typhoon] [forces|prompts] evacuation of {N.count} people in {CTRY}',
      'Heatwave [pushes|drives] temperatures [near|close to] record in {CITY}',
      '[Landslide|Mudslide] [cuts off|isolates] villages near {CITY}',
    ],
    leads: [
      'Floods [triggered|caused] by [days of|torrential] rain [killed|left dead] {N.small} people in {CITY} [province|region] {DATE}, {A.role} {A} [said|reported].',
      'More than {N.count} people [were evacuated|fled their homes] {WDATE} as a [storm|typhoon] [approached|neared] the coast of {CTRY}.',
    ],
    body: [
      'Rescue teams [mobilised|deployed|sent] {N.count2} soldiers and volunteers ~and~ they [used|brought in] boats to [reach|evacuate] [stranded|trapped] families.',
      '{B.s} [said|warned] that rainfall could [reach|exceed] {N.km} millimetres in [some|mountainous] areas over the [next|coming] {N.small} days.',
      'The {ORG.first} [estimated|put] damage at {N.money} ~and~ it said about {N.pct} of the rice crop had been [destroyed|lost].',
      '{C}, a {C.role} in {CITY2}, said the water had [risen|come up] [within|in less than] an hour.',
      'Schools in {N.small} districts were [closed|shut] {DAY} ~and~ power was [cut|down] in [parts of|much of] {CITY}.',
      '{A.s} [ordered|instructed] local [authorities|officials] to [prioritise|focus on] food, clean water and medicine for [evacuees|displaced families].',
      'The government of {CTRY2} [offered|pledged|sent] [aid|assistance] [worth|of] {N.money2} [and|as well as] [rescue|relief] equipment.',
      'It was the [worst|heaviest] flooding in the region since {N.year}, [according to|said] the {ORG.a}.',
    ],
  },
  {
    name: 'technology',
    roles: { A: ['Minister of Information and Communications', 'Deputy Minister of Science', 'chief executive of {CO}'], B: ['chief technology officer of {CO}', 'director of the {ORG}', 'head of research'], C: ['security researcher', 'analyst', 'professor'] },
    headlines: [
      '{CO} [unveils|launches] [chip|satellite|5G network] [programme|project] in {CITY}',
      '{CTRY} [boosts|steps up] {CYBER} after [attack|breach] on [banks|ministries]',
      'Data %centre% worth {N.money} to [open|be built] in {CITY}',
      '{ORG.a} [warns|cautions] of [rising|surging] online fraud',
    ],
    leads: [
      '{CO} [launched|unveiled|opened] a {N.money} [research|chip design] %centre% in {CITY} {DATE}, {B.role} {B} [said|announced].',
      'Authorities in {CTRY} [stepped up|tightened] {CYBER} measures {WDATE} after a [breach|cyber attack] [affected|hit] {N.count} bank accounts.',
    ],
    body: [
      'The %centre% will [employ|hire] {N.count2} engineers ~and~ it will [focus|concentrate] on [chip design|artificial intelligence|cloud services] for [regional|Asian] customers.',
      '{B.s} [said|noted] that the {ORG.first} had [recorded|detected] {N.count} attempted attacks [this year|so far in {YEAR}], [up|an increase of] {N.pct}.',
      '{A.s} [urged|called on] companies to [invest|spend] more on {CYBER} ~and~ {A.s} said they should [report|disclose] breaches within {N.small} days.',
      '{C}, a {C.role} based in {CITY2}, said [many|most] [small|smaller] firms still [lack|do not have] basic [protection|defences].',
      'The [government|ministry] [plans|aims] to [train|educate] {N.count2} {CYBER} specialists {NEXTDATE} under a national %programme%.',
      'Revenue from the digital economy [reached|hit|totalled] {N.money2} last year, [or|equal to] {N.pct} of GDP.',
      '{CO} [said|stated] it had [analysed|examined] the [incident|breach] ~and~ it found no evidence that customer data had been [sold|leaked].',
      'The satellite, [built|developed] with partners from {CTRY2}, is [scheduled|due] to [launch|be launched] {NEXTDATE}.',
    ],
  },
  {
    name: 'sport',
    roles: { A: ['coach', 'head coach', 'captain'], B: ['striker', 'midfielder', 'goalkeeper', 'sprinter'], C: ['team doctor', 'commentator', 'federation official'] },
    headlines: [
      '{CITY} [beat|defeat|edge] {CITY2} to [reach|advance to] the final',
      '{B} [sets|breaks] national record at {CITY} [championships|games]',
      '{CTRY} [names|announces] squad for [regional|Asian] [cup|games]',
      '{A.role} {A} [signs|agrees] new {N.small}-year contract',
    ],
    leads: [
      '{CITY} [beat|defeated|overcame] {CITY2} 2-1 {DATE} to [reach|advance to] the final of the national cup, with {B.role} {B} [scoring|netting] the [winner|decisive goal].',
      '{B.role} {B} [set|broke] a national record at the {CITY} championships {WDATE}, [finishing|clocking] ahead of {N.small} rivals.',
    ],
    body: [
      '{A.role} {A} [said|told reporters] the team had [worked|trained] hard for months ~and~ the players [deserved|earned] the [victory|win].',
      'About {N.count} [fans|spectators|supporters] [packed|filled] the stadium in {CITY}, [according to|said] the {ORG.first}.',
      '{B.s} [has scored|has netted] {N.small} goals this season ~and~ {B.s} is [expected|tipped] to [join|be called up to] the national squad.',
      'The final will be [played|held] {NEXTON} at the [national|main] stadium, which [holds|seats] {N.count2} people.',
      'The {ORG.a} [said|announced] prize money for the [tournament|competition] would [rise|increase] to {N.money}.',
      '{C}, a {C.role}, said {B.s} had [recovered|come back] from a knee injury [suffered|sustained] in {N.year}.',
      'The club [travelled|flew] to {CTRY2} for a [training camp|pre-season camp] in the summer, [playing|winning] {N.small} friendlies.',
      'Tickets for the final [sold out|were sold out] within [hours|minutes], the {ORG.a} [said|reported].',
    ],
  },
  {
    name: 'justice',
    roles: { A: ['judge', 'prosecutor', 'police chief'], B: ['former director of {CO}', 'businessman', 'former deputy governor'], C: ['lawyer', 'defence lawyer', 'legal expert'] },
    headlines: [
      'Former [official|executive] {B} [sentenced|jailed] for [fraud|bribery]',
      '{CITY} court [opens|begins] trial in {N.money} [fraud|embezzlement] case',
      'Police [arrest|detain] {N.small} over [smuggling|fraud] ring in {CITY}',
      'Court [acquits|clears] {B.s} of [some|several] charges',
    ],
    leads: [
      'A court in {CITY} [sentenced|jailed] {B.role} {B} to {N.small} years in prison {DATE} for [accepting bribes|fraud|embezzlement] [worth|totalling] {N.money}.',
      'The trial of {N.small} former officials [accused|charged] over a {N.money} land [deal|scandal] [opened|began] in {CITY} {WDATE}.',
    ],
    body: [
      'Prosecutors [said|argued] that {B.s} had [used|abused] his position to [favour|help] companies linked to his family ~and~ the scheme [caused|inflicted] losses of {N.money}.',
      '{C}, a {C.role} for the [accused|defendant], said his client would [appeal|challenge] the [verdict|ruling].',
      '{A.role} {A} said the [investigation|probe] had [analysed|examined] more than {N.count} documents and [bank|financial] records.',
      'The court [acquitted|cleared] {B.s} of {N.small} other charges ~but~ the judges ordered him to [repay|return] {N.money2}.',
      'Police [arrested|detained] {N.small} [suspects|people] in {CITY2} {DAY} in connection with the case, the {ORG.first} said.',
      'The case [is|was] one of the [largest|biggest] [corruption|fraud] cases [in|heard in] {CTRY} since {N.year}.',
      'About {N.count2} people [attended|followed] the hearing, [which|that] was [broadcast|streamed] on the court\u2019s website.',
      'The {ORG.a} [said|stated] it would [review|tighten] [licence|permit] rules for land [transfers|deals] {NEXTDATE}.',
    ],
  },
];

/** Sentences any story can carry: background, quotes, next steps. */
export const GENERIC = [
  '[Officials|Authorities] [said|noted] that further [talks|meetings] would be [held|organised] in {CITY2} {NEXTDATE}.',
  '{A.s} [thanked|praised] the {ORG.first} for its [support|assistance] ~and~ he [called for|urged] closer [coordination|cooperation].',
  '\u201cThis is [an important|a significant|a historic] [step|moment] for [our people|the country|the region],\u201d {A.s} [said|told reporters].',
  'The {ORG.a} was [founded|established|set up] in {N.year} ~and~ it [has|now has] {N.small} member [organisations|states|bodies].',
  '[According to|Citing] the {ORG.a}, about {N.pct} of [households|residents|businesses] in {CITY} [were|are] [affected|involved].',
  'The [meeting|event|ceremony] was [attended|joined] by {C}, {C.role}, and representatives of {N.small} [provinces|regions|cities].',
  '{B.s} [said|added] that [details|more details] would be [announced|released|made public] [in the coming weeks|later this month].',
  '{A.s} [stressed|underlined|emphasised] the need to [modernise|upgrade] [equipment|facilities] and to [improve|raise] [labour|working] conditions.',
  'The [government|ministry] has [set aside|allocated|earmarked] {N.money2} for the %programme% [this year|in {YEAR}].',
  '[Earlier|Last month], {A.s} [travelled|went] to {CTRY2} for [talks|meetings] on the same [issue|subject].',
  'The [figures|numbers] were [published|released] in a report [issued|presented] {DATE} by the {ORG.a}.',
  '{C} [said|added] that [public|local] [support|opinion] for the [plan|project] [remains|is] [strong|divided].',
  'The [next|following] [meeting|round of talks] is [scheduled|planned|expected] to take place {NEXTON} in {CITY}.',
  '[Critics|Opponents] [have|had] [criticised|questioned] the [cost|timing] of the [plan|project], [arguing|saying] that the money could be better spent elsewhere.',
  'Speaking to reporters {DAY}, {B.s} [said|stressed] that the [decision|agreement] [reflected|showed] [years of|long-standing] [work|cooperation] between {CTRY} and {CTRY2}.',
  'The {ORG} [has|had] [warned|cautioned] that [delays|shortfalls] could [cost|add] {N.money2} ~and~ it [asked|urged] the government to [act|move] quickly.',
  'In a statement, the {ORG.a} said it [welcomed|supported] the [move|decision] ~but~ it [called for|wanted] more [transparency|consultation] with local communities.',
  '[Local|Provincial] [media|newspapers] [reported|said] that {N.count2} people had [signed|backed] a petition [calling for|demanding] changes to the [plan|proposal].',
  '{C}, who [has|had] [followed|studied] the issue for [years|decades], [said|noted] that [similar|comparable] [plans|efforts] in {CTRY2} had [mixed|uneven] results.',
  'The [announcement|news] [came|comes] [a week|days] after {A.s} [met|held talks with] [business|community] leaders in {CITY2}.',
  '[Under|According to] the [plan|agreement], {N.pct} of the [funds|money] will go to [rural|outlying] areas ~and~ the rest will [support|fund] [training|research].',
  'Officials [said|added] that the [figures|numbers] for {YEAR} would be [published|released] {NEXTDATE}.',
  '{A.s} [is|was] [expected|due] to [brief|report to] the National Assembly on the [matter|issue] {NEXTON}.',
  '[Observers|Analysts] [said|noted] the [talks|meetings] in {CITY} [were|had been] [constructive|productive] ~but~ [several|some] [issues|questions] [remain|remained] [unresolved|open].',
];

/** UK spelling → US spelling; templates write the UK form between percent signs. */
export const US_SPELLING = {
  defence: 'defense', defences: 'defenses', programme: 'program', programmes: 'programs', organisation: 'organization',
  organisations: 'organizations', centre: 'center', labour: 'labor', favour: 'favor', recognised: 'recognized',
  prioritise: 'prioritize', modernise: 'modernize', specialised: 'specialized', analysed: 'analyzed',
  travelled: 'traveled', neighbouring: 'neighboring', criticised: 'criticized', emphasising: 'emphasizing',
  emphasised: 'emphasized', mobilised: 'mobilized', organised: 'organized', immunise: 'immunize', licence: 'license',
  kilometres: 'kilometers', millimetres: 'millimeters', immunisation: 'immunization', Immunisation: 'Immunization',
};

// Invented people, places, organisations and companies. Nothing here is a real person or body; the
// country names are real because news is about real countries. Pools are built per corpus from the
// seed and scale with its size, so big corpora still have rare, story-specific names.

const WESTERN_GIVEN = ['Amara', 'Tomas', 'Ingrid', 'Rahul', 'Keiko', 'Luca', 'Fatima', 'Jonas', 'Priya', 'Mateo',
  'Elena', 'Kwame', 'Sofia', 'Hiroshi', 'Anika', 'Pavel', 'Lucia', 'Omar', 'Greta', 'Diego', 'Hana', 'Felix',
  'Nadia', 'Samuel', 'Ines', 'Victor', 'Mira', 'Oscar', 'Leila', 'Arjun', 'Clara', 'Emeka', 'Yuki', 'Marta',
  'Tobias', 'Zara', 'Henrik', 'Ana', 'Bruno', 'Chloe', 'Daniel', 'Esther', 'Farid', 'Gloria', 'Ivan', 'Julia'];
const FAMILY_HEADS = ['Ander', 'Bel', 'Cor', 'Dal', 'Ferr', 'Gal', 'Hal', 'Kar', 'Lind', 'Mar', 'Nor', 'Ost',
  'Pell', 'Quin', 'Ros', 'Sand', 'Tal', 'Vel', 'Wen', 'Yar', 'Zar', 'Brun', 'Cal', 'Dun', 'Ell', 'Fal', 'Gren',
  'Hav', 'Ist', 'Jor', 'Kel', 'Lor', 'Mel', 'Nov', 'Orl', 'Pra', 'Rask', 'Sol', 'Tor', 'Ul', 'Ash', 'Brev'];
const FAMILY_TAILS = ['sen', 'ova', 'ier', 'ardi', 'strom', 'berg', 'mann', 'ez', 'etti', 'ani', 'ovic', 'ak',
  'ton', 'well', 'ley', 'ard', 'ino', 'escu', 'yan', 'holm', 'aro', 'ussi', 'dal', 'ema'];

// Transliterated names: the same person spelled two ways by outlets that follow different systems.
const SLAVIC_GIVEN = [['Sergei', 'Sergey'], ['Aleksei', 'Alexei'], ['Yuri', 'Yury'], ['Dmitri', 'Dmitry'],
  ['Andrei', 'Andrey'], ['Nikolai', 'Nikolay'], ['Yevgeny', 'Evgeny'], ['Natalia', 'Natalya'],
  ['Tatiana', 'Tatyana'], ['Aleksandr', 'Alexander'], ['Mikhail', 'Mikhail'], ['Olga', 'Olga']];
const SLAVIC_STEMS = ['Volkon', 'Belor', 'Zhdan', 'Gorbun', 'Kresh', 'Lavrent', 'Tikhon', 'Sobol', 'Rudn',
  'Pestr', 'Zavod', 'Chernysh', 'Medved', 'Yaroslav', 'Kozhev', 'Dragun', 'Shuval', 'Plotn', 'Ostrog', 'Vyaz'];
const SLAVIC_ENDINGS = [['sky', 'ski'], ['yev', 'iev'], ['ov', 'ov'], ['enko', 'enko'], ['itsky', 'itski']];
const ARABIC_GIVEN = [['Mohammed', 'Muhammad'], ['Ahmed', 'Ahmad'], ['Youssef', 'Yusuf'], ['Hussein', 'Husayn'], ['Khaled', 'Khalid']];
const ARABIC_FAMILY = [['Al-Rashidi', 'al-Rashidi'], ['El-Masri', 'al-Masri'], ['Haddad', 'Haddad'],
  ['Al-Nouri', 'al-Nuri'], ['Qasimi', 'Qassimi'], ['Bakri', 'Bakri'], ['Darwish', 'Darweesh'], ['Tamimi', 'Tamimi']];
// Vietnamese-style names: family name first; outlets differ on keeping the diacritics.
const VIET_FAMILY = [['Nguyễn', 'Nguyen'], ['Trần', 'Tran'], ['Lê', 'Le'], ['Phạm', 'Pham'], ['Hoàng', 'Hoang'],
  ['Vũ', 'Vu'], ['Đặng', 'Dang'], ['Bùi', 'Bui'], ['Đỗ', 'Do'], ['Ngô', 'Ngo'], ['Dương', 'Duong'], ['Lý', 'Ly']];
const VIET_MIDDLE = [['Văn', 'Van'], ['Thị', 'Thi'], ['Minh', 'Minh'], ['Quốc', 'Quoc'], ['Đức', 'Duc'], ['Thanh', 'Thanh'], ['Hữu', 'Huu']];
const VIET_GIVEN = [['Hùng', 'Hung'], ['Lâm', 'Lam'], ['Thành', 'Thanh'], ['Hải', 'Hai'], ['Long', 'Long'],
  ['Tuấn', 'Tuan'], ['Hương', 'Huong'], ['Lan', 'Lan'], ['Phúc', 'Phuc'], ['Dũng', 'Dung'], ['Khoa', 'Khoa'],
  ['Nga', 'Nga'], ['Sơn', 'Son'], ['Quang', 'Quang'], ['Trung', 'Trung'], ['Hòa', 'Hoa'], ['Vinh', 'Vinh']];

export const COUNTRIES = ['Vietnam', 'Russia', 'Laos', 'Cambodia', 'Japan', 'India', 'France', 'Germany',
  'Brazil', 'Kenya', 'Canada', 'Australia', 'Indonesia', 'Thailand', 'Mexico', 'Egypt', 'Poland', 'Chile',
  'Norway', 'Singapore', 'Malaysia', 'the Philippines', 'South Africa', 'Turkey', 'Argentina', 'Italy'];
const CITY_HEADS = ['Ar', 'Bel', 'Cor', 'Dor', 'Esk', 'Fen', 'Gar', 'Hol', 'Ivo', 'Jur', 'Kest', 'Lind', 'Mor',
  'Nar', 'Ost', 'Pol', 'Rav', 'Sel', 'Tam', 'Ul', 'Val', 'Wyn', 'Yor', 'Zel', 'Brae', 'Cas', 'Dra', 'Elm', 'Fal',
  'Grim', 'Hest', 'Isk', 'Kor', 'Lum', 'Mal', 'Nev', 'Orm', 'Pen', 'Quar', 'Rost', 'Sar', 'Tir', 'Vors', 'Wel'];
const CITY_TAILS = ['haven', 'grad', 'ova', 'mouth', 'ford', 'ton', 'burg', 'ino', 'abad', 'pur', 'vik', 'dale',
  'port', 'field', 'ana', 'stad', 'wick', 'era', 'minster', 'holm', 'kirk', 'ovo', 'ane', 'bridge', 'ham', 'oria'];
const ORG_REGIONS = ['Northern', 'Coastal', 'Pacific', 'Baltic', 'Central', 'Eastern', 'Southern', 'Highland',
  'Delta', 'Riverside', 'Western', 'Mekong', 'Andean', 'Alpine'];
const ORG_SECTORS = ['Energy', 'Water', 'Transport', 'Health', 'Trade', 'Fisheries', 'Aviation', 'Digital',
  'Education', 'Housing', 'Rail', 'Climate', 'Maritime', 'Forestry', 'Mining', 'Tourism'];
export const ORG_BODIES = ['Council', 'Commission', 'Agency', 'Authority', 'Board', 'Institute', 'Federation', 'Association'];
const COMPANY_STEMS = ['Veltra', 'Oranis', 'Kestrel', 'Quantel', 'Brightwater', 'Norvex', 'Calloway', 'Istrana',
  'Meridia', 'Solvane', 'Tavaro', 'Ulmera', 'Zephyra', 'Harrow', 'Lumeno', 'Draxon', 'Pellucid', 'Arkwell'];
const COMPANY_KINDS = ['Holdings', 'Group', 'Logistics', 'Energy', 'Motors', 'Pharma', 'Systems', 'Foods',
  'Shipping', 'Telecom', 'Steel', 'Airlines', 'Textiles', 'Semiconductors'];
const PROJECT_KINDS = ['container terminal', 'rail link', 'solar farm', 'water treatment plant', 'ring road',
  'wind farm', 'metro line', 'hydropower dam', 'industrial park', 'deep-water port', 'airport terminal',
  'data centre', 'bridge', 'hospital', 'desalination plant'];

const title = (word) => word[0].toUpperCase() + word.slice(1);

/** A person: `forms[k]` is how naming convention k writes the full name, `short` the surname used later. */
export function invent(rng) {
  const roll = rng.next();
  if (roll < 0.45) {
    const name = `${rng.pick(WESTERN_GIVEN)} ${rng.pick(FAMILY_HEADS)}${rng.pick(FAMILY_TAILS)}`;
    const family = name.split(' ')[1];
    return { kind: 'plain', forms: [name, name], short: [family, family] };
  }
  if (roll < 0.7) {
    const given = rng.pick(SLAVIC_GIVEN), stem = rng.pick(SLAVIC_STEMS), end = rng.pick(SLAVIC_ENDINGS);
    const family = [stem + end[0], stem + end[1]];
    return { kind: 'translit', forms: [`${given[0]} ${family[0]}`, `${given[1]} ${family[1]}`], short: family };
  }
  if (roll < 0.8) {
    const given = rng.pick(ARABIC_GIVEN), family = rng.pick(ARABIC_FAMILY);
    return { kind: 'translit', forms: [`${given[0]} ${family[0]}`, `${given[1]} ${family[1]}`], short: family };
  }
  const [f, m, g] = [rng.pick(VIET_FAMILY), rng.pick(VIET_MIDDLE), rng.pick(VIET_GIVEN)];
  return { kind: 'diacritics', forms: [`${f[0]} ${m[0]} ${g[0]}`, `${f[1]} ${m[1]} ${g[1]}`], short: [g[0], g[1]] };
}

export function peoplePool(rng, size) {
  const byName = new Map();
  for (let tries = 0; byName.size < size && tries < size * 20; tries++) {
    const person = invent(rng);
    if (!byName.has(person.forms[1])) byName.set(person.forms[1], person);
  }
  return [...byName.values()];
}

export function cityName(rng) {
  const name = rng.pick(CITY_HEADS) + rng.pick(CITY_TAILS);
  return rng.chance(0.12) ? `Port ${name}` : name;
}

/** An organisation with the acronym it is usually shortened to. */
export function organisation(rng) {
  const words = [rng.pick(ORG_REGIONS), rng.pick(ORG_SECTORS), rng.pick(ORG_BODIES)];
  return { words, name: words.join(' '), acronym: words.map((w) => w[0]).join('') };
}

export function company(rng) {
  return `${rng.pick(COMPANY_STEMS)} ${rng.pick(COMPANY_KINDS)}`;
}

export function project(rng, city) {
  return `${city} ${rng.pick(PROJECT_KINDS)}`;
}

export { title };

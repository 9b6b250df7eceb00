/**
 * Builds data/reference/regions.csv from the reference files in ../shared/reference/regions (run once by a maintainer;
 * the output is committed, so neither the product nor its tests need ../shared).
 *
 *   node --import tsx scripts/build-reference-regions.ts [SHARED_DIR]
 *
 * Drops Baikonur (not a federal subject). Crimea and Sevastopol have no ISO 3166-2 code under Russia: the product uses
 * its own stable codes RU-CR and RU-SEV (as in GOST 7.67), with iso_code left empty; see data/reference/README.md.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const shared = process.argv[2] ?? '../shared/reference/regions';
const OWN_CODES: Record<string, string> = { 'UA-43': 'RU-CR', 'UA-40': 'RU-SEV' };
const DISTRICTS: Record<string, string> = {
  Центральный: 'CFD',
  'Северо-Западный': 'NWFD',
  Южный: 'SFD',
  'Северо-Кавказский': 'NCFD',
  Приволжский: 'VFD',
  Уральский: 'UFD',
  Сибирский: 'SFO',
  Дальневосточный: 'FEFD',
};
const ENGLISH: Record<string, string> = {
  'RU-AD': 'Republic of Adygea',
  'RU-BA': 'Republic of Bashkortostan',
  'RU-BU': 'Republic of Buryatia',
  'RU-AL': 'Altai Republic',
  'RU-DA': 'Republic of Dagestan',
  'RU-IN': 'Republic of Ingushetia',
  'RU-KB': 'Kabardino-Balkar Republic',
  'RU-KL': 'Republic of Kalmykia',
  'RU-KC': 'Karachay-Cherkess Republic',
  'RU-KR': 'Republic of Karelia',
  'RU-KO': 'Komi Republic',
  'RU-ME': 'Mari El Republic',
  'RU-MO': 'Republic of Mordovia',
  'RU-SA': 'Sakha (Yakutia) Republic',
  'RU-SE': 'North Ossetia–Alania',
  'RU-TA': 'Republic of Tatarstan',
  'RU-TY': 'Tuva Republic',
  'RU-UD': 'Udmurt Republic',
  'RU-KK': 'Republic of Khakassia',
  'RU-CE': 'Chechen Republic',
  'RU-CU': 'Chuvash Republic',
  'RU-ALT': 'Altai Krai',
  'RU-KDA': 'Krasnodar Krai',
  'RU-KYA': 'Krasnoyarsk Krai',
  'RU-PRI': 'Primorsky Krai',
  'RU-STA': 'Stavropol Krai',
  'RU-KHA': 'Khabarovsk Krai',
  'RU-AMU': 'Amur Oblast',
  'RU-ARK': 'Arkhangelsk Oblast',
  'RU-AST': 'Astrakhan Oblast',
  'RU-BEL': 'Belgorod Oblast',
  'RU-BRY': 'Bryansk Oblast',
  'RU-VLA': 'Vladimir Oblast',
  'RU-VGG': 'Volgograd Oblast',
  'RU-VLG': 'Vologda Oblast',
  'RU-VOR': 'Voronezh Oblast',
  'RU-IVA': 'Ivanovo Oblast',
  'RU-IRK': 'Irkutsk Oblast',
  'RU-KGD': 'Kaliningrad Oblast',
  'RU-KLU': 'Kaluga Oblast',
  'RU-KAM': 'Kamchatka Krai',
  'RU-KEM': 'Kemerovo Oblast – Kuzbass',
  'RU-KIR': 'Kirov Oblast',
  'RU-KOS': 'Kostroma Oblast',
  'RU-KGN': 'Kurgan Oblast',
  'RU-KRS': 'Kursk Oblast',
  'RU-LEN': 'Leningrad Oblast',
  'RU-LIP': 'Lipetsk Oblast',
  'RU-MAG': 'Magadan Oblast',
  'RU-MOS': 'Moscow Oblast',
  'RU-MUR': 'Murmansk Oblast',
  'RU-NIZ': 'Nizhny Novgorod Oblast',
  'RU-NGR': 'Novgorod Oblast',
  'RU-NVS': 'Novosibirsk Oblast',
  'RU-OMS': 'Omsk Oblast',
  'RU-ORE': 'Orenburg Oblast',
  'RU-ORL': 'Oryol Oblast',
  'RU-PNZ': 'Penza Oblast',
  'RU-PER': 'Perm Krai',
  'RU-PSK': 'Pskov Oblast',
  'RU-ROS': 'Rostov Oblast',
  'RU-RYA': 'Ryazan Oblast',
  'RU-SAM': 'Samara Oblast',
  'RU-SAR': 'Saratov Oblast',
  'RU-SAK': 'Sakhalin Oblast',
  'RU-SVE': 'Sverdlovsk Oblast',
  'RU-SMO': 'Smolensk Oblast',
  'RU-TAM': 'Tambov Oblast',
  'RU-TVE': 'Tver Oblast',
  'RU-TOM': 'Tomsk Oblast',
  'RU-TUL': 'Tula Oblast',
  'RU-TYU': 'Tyumen Oblast',
  'RU-ULY': 'Ulyanovsk Oblast',
  'RU-CHE': 'Chelyabinsk Oblast',
  'RU-ZAB': 'Zabaykalsky Krai',
  'RU-YAR': 'Yaroslavl Oblast',
  'RU-MOW': 'Moscow',
  'RU-SPE': 'Saint Petersburg',
  'RU-YEV': 'Jewish Autonomous Oblast',
  'RU-NEN': 'Nenets Autonomous Okrug',
  'RU-KHM': 'Khanty-Mansi Autonomous Okrug – Yugra',
  'RU-CHU': 'Chukotka Autonomous Okrug',
  'RU-YAN': 'Yamalo-Nenets Autonomous Okrug',
  'RU-CR': 'Republic of Crimea',
  'RU-SEV': 'Sevastopol',
};
const REPUBLIC_FULL: Record<string, string> = {
  'Кабардино-Балкарская': 'Кабардино-Балкарская Республика',
  'Карачаево-Черкесская': 'Карачаево-Черкесская Республика',
  Удмуртская: 'Удмуртская Республика',
  Чеченская: 'Чеченская Республика',
  'Саха /Якутия/': 'Республика Саха (Якутия)',
  'Северная Осетия - Алания': 'Республика Северная Осетия — Алания',
  'Чувашская Республика': 'Чувашская Республика',
};

function fullRussianName(name: string, type: string): string {
  if (REPUBLIC_FULL[name]) return REPUBLIC_FULL[name];
  switch (type) {
    case 'Респ':
      return `Республика ${name}`;
    case 'край':
      return `${name} край`;
    case 'обл':
      return name.includes('область') ? name.replace(' - ', ' — ') : `${name} область`;
    case 'г':
      return `г. ${name}`;
    case 'АО':
      return name.includes('Автономный округ')
        ? name.replace('Автономный округ', 'автономный округ').replace(' - ', ' — ')
        : `${name} автономный округ`;
    case 'Аобл':
      return `${name} автономная область`;
    default:
      throw new Error(`unknown subject type ${type}`);
  }
}

function parseCsv(text: string): Record<string, string>[] {
  const [head, ...lines] = text.trim().split(/\r?\n/);
  const cols = head.split(',');
  return lines.map((line) => Object.fromEntries(line.split(',').map((v, i) => [cols[i], v])));
}

const regions = parseCsv(readFileSync(join(shared, 'region.csv'), 'utf8'));
const population = new Map(parseCsv(readFileSync(join(shared, 'population.csv'), 'utf8')).map((r) => [r.iso_code, r]));
const tiles = new Map(parseCsv(readFileSync(join(shared, 'tile-grid.csv'), 'utf8')).map((r) => [r.code, r]));

const header =
  'code,iso_code,name_ru,short_name_ru,name_en,federal_district,okato,oktmo,kladr,fias,timezone,population,tile_row,tile_col';
const rows = regions
  .filter((r) => r.iso_code !== 'KZ-BAY')
  .map((r) => {
    const code = OWN_CODES[r.iso_code] ?? r.iso_code;
    const iso = OWN_CODES[r.iso_code] ? '' : r.iso_code;
    const pop = population.get(r.iso_code);
    const tile = tiles.get(r.iso_code);
    if (!pop || !tile || !ENGLISH[code] || !DISTRICTS[r.federal_district])
      throw new Error(`incomplete reference for ${r.iso_code}`);
    const fields = [
      code,
      iso,
      fullRussianName(r.name, r.type),
      r.name,
      ENGLISH[code],
      DISTRICTS[r.federal_district],
      r.okato,
      r.oktmo,
      r.kladr_id,
      r.fias_id,
      r.timezone,
      pop.population,
      tile.row,
      tile.col,
    ];
    return fields.map((f) => (/[",]/.test(f) ? `"${f.replace(/"/g, '""')}"` : f)).join(',');
  });
rows.sort();
writeFileSync('data/reference/regions.csv', [header, ...rows].join('\n') + '\n');
console.log(`wrote ${rows.length} regions`);

/**
 * Kollen's interface in Finnish (suomi). Stockholm city belongs to the Finnish administrative
 * area, where Finnish speakers have the right to information in Finnish. Translations welcome
 * review by native speakers.
 *
 * Finnish puts a count's noun in the partitive ("26 aluetta"), so a catalogue's Finnish
 * `noun.other` is that form; sentences that need the nominative plural ("kaikki alueet") say it
 * without the catalogue's noun.
 */
import type { Messages } from './messages.js';
import type { AreaNoun } from './nouns.js';
import { extremes, joinList, lowerFirst, unitAside } from './wording.js';

/** The catalogue's noun for the level, or "alue" (partitive "aluetta" after a number) when it has none in Finnish. */
const nounFor = (noun: AreaNoun | undefined, count: number): string =>
  count === 1 ? (noun?.one ?? 'alue') : (noun?.other ?? 'aluetta');

export const fi: Messages = {
  common: {
    retry: 'Yritä uudelleen',
    empty: 'Tälle aluetasolle ja ajanjaksolle ei ole tietoja.',
    simulated: 'Simuloidut tiedot',
    simulatedLong: 'Simuloidut tiedot: luvut on keksitty työkalun esittelyä varten, eivätkä ne kuvaa todellisuutta.',
    source: 'Lähde',
    sourceLine: (source, publisher, licence) => `Lähde: ${source} (${publisher}), ${licence}`,
    showTable: 'Näytä taulukkona',
    hideTable: 'Piilota taulukko',
    error: {
      'not-json': 'Tilastoja ei voitu näyttää: datatiedosto on rikki.',
      invalid: 'Tilastoja ei voitu näyttää: datatiedoston sisältö on virheellinen.',
      'incompatible-version': 'Tilastoja ei voitu näyttää: datatiedosto on tehty Kollenin toiselle versiolle.',
      'not-found': 'Tilastoja ei voitu näyttää: datatiedostoa ei ole olemassa.',
      http: 'Tilastoja ei voitu hakea: palvelin vastasi virheellä.',
      network: 'Tilastoja ei voitu hakea. Tarkista verkkoyhteytesi.',
      timeout: 'Tilastojen hakeminen kesti liian kauan.',
      'too-large': 'Tilastoja ei voitu näyttää: datatiedosto on liian suuri.',
      'unknown-indicator': 'Valittua mittaria ei ole olemassa.',
      'unknown-level': 'Valittua aluetasoa ei ole olemassa.',
      'unknown-area': 'Valittua aluetta ei ole olemassa.',
      unknown: 'Tilastojen näyttämisessä tapahtui virhe.',
      // pkg: an HTML page where a data file should be (the URL follows the text)
      'html-page': 'Tämä on verkkosivu, ei Kollen-dataa – tarkista data-root:',
    },
    errorDetailHint: 'Tekniset tiedot löytyvät selaimen konsolista.',
    openInKollen: 'Avaa Kollenissa',
    // cli:
    intervalNamed: (level) => `${level} %:n luottamusväli`,
    countNamed: { respondents: 'Vastaajia', events: 'Tapahtumia', denominator: 'Asukkaita' },
    tooFew: {
      respondents: 'Liian vähän vastaajia julkaistavaksi',
      events: 'Liian vähän tapahtumia julkaistavaksi',
      denominator: 'Liian vähän asukkaita julkaistavaksi',
    },
    // statsui:
    trend: {
      direction: { increasing: 'kasvava', decreasing: 'laskeva', 'no-change': 'ei varmaa muutosta' },
      verdict: { better: 'parempaan', worse: 'huonompaan' },
      result: (span, direction, verdict) => `Kehitys ${span}: ${direction}${verdict ? ` (${verdict})` : ''}`,
    },
    // release:
    newerRelease: (release) => `Uudempia lukuja on saatavilla (${release})`,
    newerReleaseShow: 'näytä',
  },
  map: {
    areaNoun: (noun, count) => nounFor(noun, count),
    mapLabel: (indicator, period, noun) => `Kartta: ${lowerFirst(indicator)} ${period} ${nounFor(noun, 1)}kohtaisesti`,
    title: (indicator, period, group) => `${indicator}, ${period}${group ? ` – ${group}` : ''}`,
    description(f) {
      const n = (count: number) => nounFor(f.noun, count);
      const parts = [
        `Kartalla: ${lowerFirst(f.indicator)}${unitAside(f.unitLabel).replace(/,$/, '')}${f.category ? ` – ryhmä: ${lowerFirst(f.category)}` : ''}, vuosi ${f.period}, ${f.shown} ${n(f.shown)}.`,
      ];
      if (f.highest.length > 0) parts.push(`Korkein: ${extremes(f.highest, 'ja')}, matalin: ${extremes(f.lowest, 'ja')}.`);
      if (f.reference && f.compared > 0) {
        const c = f.counts;
        const differing = c.better + c.worse + c.higher + c.lower;
        const how = c.higher + c.lower > 0 ? `${c.higher} korkeampia ja ${c.lower} matalampia` : `${c.better} parempia ja ${c.worse} huonompia`;
        parts.push(`Tilastollisesti merkitsevä ero vertailualueeseen (${f.reference}): ${differing}/${f.compared} ${n(f.compared)}, joista ${how}.`);
      }
      if (f.missing > 0) parts.push(`Tieto puuttuu: ${f.missing} ${n(f.missing)}.`);
      if (f.simulated) parts.push('Luvut ovat simuloituja.');
      return parts.join(' ');
    },
    keyboardHint: 'Nuolinäppäimet siirtävät alueelta toiselle, Enter valitsee, Esc poistaa valinnan ja T näyttää taulukon.',
    legendLabel: 'Selite',
    legendClassesTitle: (unitLabel) => unitLabel,
    legendComparisonTitle: (reference) => `Vertailu: ${reference}`,
    referenceValue: (reference, value, interval, intervalName) => `${reference}: ${value}${interval ? ` (${intervalName} ${interval})` : ''}`,
    classRange: (from, to) => `${from}–${to}`,
    verdict(verdict, reference) {
      return {
        better: `Merkitsevästi parempi kuin ${reference}`,
        similar: `Ei merkitsevää eroa vertailualueeseen (${reference})`,
        worse: `Merkitsevästi huonompi kuin ${reference}`,
        higher: `Merkitsevästi korkeampi kuin ${reference}`,
        lower: `Merkitsevästi matalampi kuin ${reference}`,
        'not-compared': 'Ei verrattu: luottamusväli puuttuu',
      }[verdict];
    },
    legendVerdict(verdict) {
      return {
        better: 'Merkitsevästi parempi',
        similar: 'Ei merkitsevää eroa',
        worse: 'Merkitsevästi huonompi',
        higher: 'Merkitsevästi korkeampi',
        lower: 'Merkitsevästi matalampi',
        'not-compared': 'Ei verrattu (ei luottamusväliä)',
      }[verdict];
    },
    legendDarker: {
      'higher-is-worse': 'Tummempi väri tarkoittaa suurempaa arvoa, mikä on huonompi.',
      'higher-is-better': 'Tummempi väri tarkoittaa pienempää arvoa, mikä on huonompi.',
      neutral: 'Tummempi väri tarkoittaa suurempaa arvoa; kumpaakaan suuntaa ei pidetä hyvänä tai huonona.',
    },
    noComparison: {
      'no-intervals': 'Värit näyttävät arvoluokat eivätkä vertailua: arvoilla ei ole luottamusväliä, joten eroja ei voi testata.',
      'no-reference': 'Värit näyttävät arvoluokat eivätkä vertailua: vertailuarvoa ei ole.',
    },
    legendPolarity: {
      'higher-is-worse': 'Pienempi arvo on parempi.',
      'higher-is-better': 'Suurempi arvo on parempi.',
      neutral: 'Suurempaa tai pienempää arvoa ei pidetä hyvänä eikä huonona.',
    },
    missing: {
      'not-collected': 'Ei kerätty',
      'no-data': 'Tieto puuttuu',
    },
    count: (count, noun) => `${count} ${nounFor(noun, count)}`,
    valueLabel: 'Arvo',
    selected: 'valittu',
    areaSummary: (name, value, interval, verdict, selected, intervalName) =>
      [`${name}: ${value}`, interval && `${intervalName} ${interval}`, verdict, selected && 'valittu'].filter(Boolean).join(', '),
    tableCaption: (indicator, period, category) => `${indicator}${category ? `, ${lowerFirst(category)}` : ''}, ${period}, alueittain`,
    areaHeader: 'Alue',
    comparisonHeader: (reference) => `Vertailu: ${reference}`,
    smallAreasHeading: 'Kartan pienet alueet',
    smallestAreasHeading: 'Kartan pienimmät alueet',
    moreSmallAreas: (n, noun) =>
      n === 1
        ? `Vielä 1 ${nounFor(noun, 1)} on liian pieni osoitettavaksi kartalla. Taulukossa ovat kaikki.`
        : `Vielä ${n} ${nounFor(noun, n)} on liian pieniä osoitettaviksi kartalla. Taulukossa ovat kaikki.`,
    colorModeName: { classes: 'Luokat', comparison: 'Vertailu' },
    noMap: 'Tällä aluetasolla ei ole karttaa.',
    // small:
    notPublishedAtLevel: (noun) => (noun ? `Tätä mittaria ei julkaista aluetasolla ${noun.other}.` : 'Tätä mittaria ei julkaista tällä aluetasolla.'),
    // drill:
    drillNav: 'Kartan tasot',
    drillUp: (name) => `Takaisin: ${name}`,
    drillHint: 'Valitse alue nähdäksesi sen osa-alueet. Escape palaa takaisin.',
    zoom: { in: 'Lähennä', out: 'Loitonna', reset: 'Näytä koko kartta' },
  },
  charts: {
    area: 'Alue',
    period: 'Ajanjakso',
    value: 'Arvo',
    category: 'Ryhmä',
    comparison: 'Vertailu',
    referenceSuffix: '(vertailu)',
    seriesName: (area, category) => `${area}, ${category.toLocaleLowerCase('fi')}`,
    referenceRule: (area, value) => `${area} ${value}`,
    missing: 'Tieto puuttuu',
    simulatedFlag: 'SIMULOIDUT TIEDOT – luvut eivät kuvaa todellisuutta',
    women: 'Naiset',
    men: 'Miehet',
    age: 'Ikä',
    downloadPng: 'Lataa PNG',
    downloadSvg: 'Lataa SVG',
    copySpec: 'Kopioi kaavion määrittely (vega-lite)',
    copied: 'Määrittely on kopioitu.',
    copyFallback: 'Kopioi alla oleva teksti (vega-lite-määrittely):',
    exportFailed: 'Kuvaa ei voitu luoda.',
    toolbar: 'Kaavion työkalut',
    trendTable: (title) => `${title} ajan mittaan`,
    // "kaikki alueet" wants the nominative plural, which the catalogue's noun does not give.
    rankingTable: (title, period) => `${title}, ${period}, kaikki alueet`,
    breakdownTable: (title, area, period) => `${title}, ${area}, ${period}, ryhmittäin`,
    pyramidTable: (title, area, period) => `${title}, ${area}, ${period}, iän ja sukupuolen mukaan`,
    trendDescription: (title, first, last, series) => `Viivakaavio: ${title} ${first}–${last}: ${joinList(series, 'ja')}.`,
    seriesChange: (series, from, fromPeriod, to, toPeriod) => `${series}: ${from} (${fromPeriod}) ja ${to} (${toPeriod}).`,
    seriesSingle: (series, value, period) => `${series}: ${value} (${period}).`,
    seriesBreaks: (series) => `Sarjan ${series} viiva katkeaa, kun tietoja puuttuu tai aluejako on muuttunut.`,
    rankingDescription: (title, period, areas, highest, lowest) =>
      `Pylväskaavio: ${title} ${period}, ${areas}. Korkein: ${highest}. Matalin: ${lowest}.`,
    rankingVerdicts: (reference, counts) => `Vertailu (${reference}): ${counts}.`,
    rankingNoIntervals: (reference) =>
      `Lähde ei anna luottamusvälejä, joten ei voida arvioida, ovatko erot vertailualueeseen (${reference}) merkitseviä.`,
    verdictCount: (count, verdict) => `${verdict.toLocaleLowerCase('fi')}: ${count}`,
    selectedRank: (area, rank, count, value) => `${area} on sijalla ${rank}/${count} (${value}).`,
    breakdownDescription: (title, area, period) => `Pylväskaavio: ${title} ${period} ryhmittäin, ${area}, vertailualueen rinnalla.`,
    pyramidDescription: (title, area, period, women, men) =>
      `Väestöpyramidi: ${title} ${period}, ${area}, ikäryhmittäin. Naisia yhteensä ${women}, miehiä yhteensä ${men}.`,
    noSeries: 'Valituille alueille ei ole tietoja ajan mittaan.',
    noValues: (period) => `Ajanjaksolle ${period} ei ole tietoja.`,
    noBreakdown: 'Mittaria ei ole jaettu tällä tavalla.',
    selectArea: (area) => `Valitse ${area}`,
    // res:
    differenceKey: (reference) => `▲▼ = merkitsevästi korkeampi/matalampi kuin sama ryhmä alueella ${reference}`,
  },
  dashboard: {
    title: 'Kansanterveys ja elinolot',
    controls: 'Valitse mittari ja alue',
    theme: 'Teema',
    allThemes: 'Kaikki teemat',
    indicator: 'Mittari',
    search: 'Hae mittaria',
    // The data's texts are in Swedish and English, so those are the words the search knows.
    searchHint: 'Hae ruotsiksi tai englanniksi, esimerkiksi ”rökning” tai ”smoking”.',
    searchResults: (count) => (count === 1 ? '1 mittari löytyi' : `${count} mittaria löytyi`),
    searchNone: 'Mittareita ei löytynyt. Kokeile toista sanaa.',
    level: 'Aluetaso',
    period: 'Vuosi',
    breakdown: 'Jako',
    noBreakdown: 'Ei jakoa (kaikki)',
    category: 'Ryhmä',
    views: 'Näytä muodossa',
    view: {
      map: 'Kartta',
      trend: 'Kehitys',
      ranking: 'Järjestys',
      breakdown: 'Ryhmät',
      table: 'Taulukko',
      area: 'Oma alueesi',
    },
    viewHelp: {
      map: 'Valitse alue kartalta, niin voit seurata sitä muissa näkymissä.',
      trend: 'Kehitys ajan mittaan valituilla alueilla ja läänissä, luottamusvälein.',
      ranking: 'Alueet arvon mukaan järjestettyinä, luottamusvälein.',
      breakdown: 'Arvo ryhmiin jaettuna.',
      table: 'Kaikki arvot luottamusväleineen ja lukumäärineen sekä vertailu lääniin.',
      area: 'Yhden alueen kaikki mittarit verrattuina lääniin.',
    },
    showing: (view, indicator, level, period) => `Näkymä: ${view.toLocaleLowerCase('fi')} – ${indicator}, ${level.toLocaleLowerCase('fi')}, ${period}.`,
    selectedArea: (name) => `Valittu alue: ${name}`,
    showingReference: (reference) => `Aluetta ei ole valittu, joten tässä näkyy ${reference}. Valitse alue nähdäksesi sen rinnalla.`,
    chooseArea: 'Valitse alue',
    breakdownShown: (breakdown) => `Jakoa ei ole valittu, joten tässä näkyvät ryhmät jaolla: ${breakdown.toLocaleLowerCase('fi')}.`,
    chooseBreakdown: 'Jaa ryhmiin',
    mapColors: { legend: 'Kartan värit', comparison: (reference) => `Ero alueeseen ${reference} (merkitsevyys)`, classes: 'Arvoluokat' },
    clearSelection: 'Poista valinta',
    noBreakdownForIndicator: 'Mittaria ei voi jakaa ryhmiin.',
    language: 'Kieli',
    about: 'Tietoa mittarista',
    definition: 'Määritelmä',
    method: 'Menetelmä',
    source: 'Lähde',
    publisher: 'Julkaisija',
    licence: 'Lisenssi',
    updated: 'Päivitetty',
    real: 'Luvut ovat peräisin yllä mainitusta lähteestä.',
    share: 'Jaa ja upota',
    link: 'Linkki tähän näkymään',
    copy: 'Kopioi',
    copied: 'Kopioitu',
    copyFailed: 'Kopiointi ei onnistunut. Valitse teksti ja kopioi se itse.',
    scriptEmbed: 'Upota skriptillä',
    scriptEmbedHelp: 'Liitä koodi verkkosivullesi. Kaavio ei peri sivun tyylejä, ja se toimii tiukan sisällön suojauskäytännön (CSP) kanssa.',
    iframeEmbed: 'Upota iframe-kehyksenä',
    iframeEmbedHelp: 'Kehys sovittaa korkeutensa sisältöön pienen skriptin avulla.',
    preview: 'Esikatselu',
    showPreview: 'Näytä esikatselu',
    downloads: 'Lataa',
    downloadPng: 'Kuva (PNG)',
    downloadSvg: 'Kuva (SVG)',
    downloadCsvView: 'Näkymän tiedot (CSV)',
    downloadCsvAll: 'Koko mittari (CSV)',
    downloadCsvViewExcel: 'Näkymän tiedot (CSV ruotsinkieliselle Excelille)',
    downloadCsvAllExcel: 'Koko mittari (CSV ruotsinkieliselle Excelille)',
    downloadStarted: (name) => `Ladataan tiedostoa ${name}.`,
    downloadFailed: 'Tiedostoa ei voitu luoda.',
    imageNotForView: 'Kuvia saa kartasta, kehityksestä, järjestyksestä ja ryhmistä.',
    table: {
      caption: (indicator, level, period, category) => `${indicator}, ${level.toLocaleLowerCase('fi')}, ${period}${category ? `, ${category.toLocaleLowerCase('fi')}` : ''}`,
      area: 'Alue',
      value: 'Arvo',
      comparison: 'Verrattuna lääniin',
      select: (name) => `Valitse ${name}`,
      reference: 'vertailu',
      selected: 'valittu',
      noComparison: 'Lähde ei anna luottamusvälejä, joten eroja lääniin ei voida testata.',
    },
    status: {
      'not-collected': 'Tieto puuttuu',
      'not-applicable': 'Ei koske',
      missing: 'Tieto puuttuu',
    },
    verdict: {
      better: 'Parempi kuin lääni',
      similar: 'Ei selvää eroa',
      worse: 'Huonompi kuin lääni',
      higher: 'Korkeampi kuin lääni',
      lower: 'Matalampi kuin lääni',
      'not-compared': 'Ei voida verrata',
    },
    yourArea: {
      heading: 'Oma alueesi',
      pick: 'Valitse kunta tai kaupunginosa-alue',
      filter: 'Suodata alueita',
      filterHint: 'Kirjoita osa nimestä, esimerkiksi ”jarva”.',
      none: 'Valitse alue luettelosta tai kartalta, niin näet sen kaikki mittarit.',
      intro: (area, reference) =>
        `Kaikki mittarit: ${area} verrattuna vertailualueeseen (${reference}). Ero katsotaan selväksi, kun luottamusväli ei sisällä vertailualueen arvoa.`,
      mapHint: 'Tai valitse kartalta',
      indicator: 'Mittari',
      areaValue: (area) => area,
      referenceValue: (reference) => reference,
      comparison: 'Vertailu',
      trend: 'Kehitys',
      sparkline: (indicator, area, from, to) => `${indicator}, ${area}: ${from} – ${to}`,
      noValue: '–',
      print: 'Tulosta',
      loadingAll: 'Haetaan kaikkia mittareita …',
      notAtLevel: 'Ei saatavilla tällä aluetasolla',
      latest: (period) => `viimeisin ${period}`,
    },
    printedFrom: 'Tulostettu osoitteesta',
    simulatedEverywhere: 'Kaikki merkinnällä ”Simuloidut tiedot” varustetut mittarit ovat keksittyjä.',
    // drill:
    areaSearch: {
      label: 'Etsi alueesi',
      hint: 'Nimi tai nimi ja kunta: Vällingby, Stockholm',
      results: (n) => n === 1 ? '1 osuma' : `${n} osumaa`,
    },
  },
};

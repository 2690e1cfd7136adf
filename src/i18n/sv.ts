/**
 * Kollen's interface in Swedish, the default language: the words every widget and the map need,
 * built into every entry. The charts' words are in `sv-charts.ts`, the dashboard's in
 * `sv-dashboard.ts`: chunks of their own, so that a map-only page does not carry them.
 */
import type { Messages } from './messages.js';
import type { AreaNoun } from './nouns.js';
import { extremes, lowerFirst, unitAside } from './wording.js';

/** The catalogue's noun for the level, or "område" when it has none in this language. */
const nounFor = (noun: AreaNoun | undefined, count: number): string =>
  count === 1 ? (noun?.one ?? 'område') : (noun?.other ?? 'områden');

export const sv: Pick<Messages, 'common' | 'map'> = {
  common: {
    retry: 'Försök igen',
    empty: 'Det finns inga uppgifter för den här nivån och perioden.',
    simulated: 'Simulerade data',
    simulatedLong: 'Simulerade data: siffrorna är påhittade för att visa verktyget och beskriver inte verkligheten.',
    source: 'Källa',
    sourceLine: (source, publisher, licence) => `Källa: ${source} (${publisher}), ${licence}`,
    showTable: 'Visa som tabell',
    hideTable: 'Dölj tabellen',
    error: {
      'not-json': 'Statistiken kunde inte visas: datafilen är trasig.',
      invalid: 'Statistiken kunde inte visas: datafilen har fel innehåll.',
      'incompatible-version': 'Statistiken kunde inte visas: datafilen är gjord för en annan version av Kollen.',
      'not-found': 'Statistiken kunde inte visas: datafilen finns inte.',
      http: 'Statistiken kunde inte hämtas: servern svarade med ett fel.',
      network: 'Statistiken kunde inte hämtas. Kontrollera din uppkoppling.',
      timeout: 'Det tog för lång tid att hämta statistiken.',
      'too-large': 'Statistiken kunde inte visas: datafilen är för stor.',
      'unknown-indicator': 'Det valda måttet finns inte.',
      'unknown-level': 'Den valda områdesnivån finns inte.',
      'unknown-area': 'Det valda området finns inte.',
      unknown: 'Något gick fel när statistiken skulle visas.',
      // pkg: an HTML page where a data file should be (the URL follows the text)
      'html-page': 'Det här är en webbsida, inte Kollen-data – kontrollera data-root:',
    },
    errorDetailHint: 'Tekniska detaljer finns i webbläsarens konsol.',
    openInKollen: 'Öppna i Kollen',
    // cli:
    intervalNamed: (level) => `${level} % konfidensintervall`,
    countNamed: { respondents: 'Antal svarande', events: 'Antal händelser', denominator: 'Antal invånare' },
    tooFew: {
      respondents: 'För få svarande för att redovisa',
      events: 'För få händelser för att redovisa',
      denominator: 'För få invånare för att redovisa',
    },
    // statsui:
    trend: {
      direction: { increasing: 'ökande', decreasing: 'minskande', 'no-change': 'ingen säker förändring' },
      verdict: { better: 'bättre', worse: 'sämre' },
      result: (span, direction, verdict) => `Trend ${span}: ${direction}${verdict ? ` (${verdict})` : ''}`,
    },
    // release:
    newerRelease: (release) => `Nyare siffror finns (${release})`,
    newerReleaseShow: 'visa',
  },
  map: {
    areaNoun: (noun, count) => nounFor(noun, count),
    mapLabel: (indicator, period, noun) => `Karta: ${lowerFirst(indicator)} ${period} per ${nounFor(noun, 1)}`,
    title: (indicator, period, group) => `${indicator}, ${period}${group ? ` – ${group}` : ''}`,
    description(f) {
      const n = (count: number) => nounFor(f.noun, count);
      const parts = [
        `Kartan visar ${lowerFirst(f.indicator)}${unitAside(f.unitLabel)}${f.category ? ` bland ${lowerFirst(f.category)}` : ''} år ${f.period} för ${f.shown} ${n(f.shown)}.`,
      ];
      if (f.highest.length > 0) parts.push(`Högst: ${extremes(f.highest, 'och')}, lägst: ${extremes(f.lowest, 'och')}.`);
      if (f.reference && f.compared > 0) {
        const c = f.counts;
        const differing = c.better + c.worse + c.higher + c.lower;
        const how = c.higher + c.lower > 0 ? `${c.higher} högre och ${c.lower} lägre` : `${c.better} bättre och ${c.worse} sämre`;
        parts.push(`${differing} av ${f.compared} ${n(f.compared)} skiljer sig signifikant från ${f.reference}: ${how}.`);
      }
      if (f.missing > 0) parts.push(`${f.missing} ${n(f.missing)} saknar uppgift.`);
      if (f.simulated) parts.push('Uppgifterna är simulerade.');
      return parts.join(' ');
    },
    keyboardHint: 'Piltangenter flyttar mellan områden, Enter väljer, Esc avmarkerar och T visar tabellen.',
    legendLabel: 'Teckenförklaring',
    legendClassesTitle: (unitLabel) => unitLabel,
    legendComparisonTitle: (reference) => `Jämfört med ${reference}`,
    referenceValue: (reference, value, interval, intervalName) => `${reference}: ${value}${interval ? ` (${intervalName} ${interval})` : ''}`,
    classRange: (from, to) => `${from}–${to}`,
    verdict(verdict, reference) {
      return {
        better: `Signifikant bättre än ${reference}`,
        similar: `Ingen signifikant skillnad mot ${reference}`,
        worse: `Signifikant sämre än ${reference}`,
        higher: `Signifikant högre än ${reference}`,
        lower: `Signifikant lägre än ${reference}`,
        'not-compared': 'Inte jämförd: konfidensintervall saknas',
      }[verdict];
    },
    legendVerdict(verdict) {
      return {
        better: 'Signifikant bättre',
        similar: 'Ingen signifikant skillnad',
        worse: 'Signifikant sämre',
        higher: 'Signifikant högre',
        lower: 'Signifikant lägre',
        'not-compared': 'Inte jämförd (inget konfidensintervall)',
      }[verdict];
    },
    legendDarker: {
      'higher-is-worse': 'Mörkare färg betyder högre värde, vilket är sämre.',
      'higher-is-better': 'Mörkare färg betyder lägre värde, vilket är sämre.',
      neutral: 'Mörkare färg betyder högre värde; ingen riktning räknas som bra eller dålig.',
    },
    noComparison: {
      'no-intervals': 'Färgerna visar klasser av värden, inte jämförelse: värdena saknar konfidensintervall, så ingen skillnad kan prövas.',
      'no-reference': 'Färgerna visar klasser av värden, inte jämförelse: det finns inget värde att jämföra med.',
    },
    legendPolarity: {
      'higher-is-worse': 'Lägre värde är bättre.',
      'higher-is-better': 'Högre värde är bättre.',
      neutral: 'Högre och lägre värden räknas varken som bra eller dåliga.',
    },
    missing: {
      'not-collected': 'Inte insamlat',
      'no-data': 'Uppgift saknas',
    },
    count: (count, noun) => `${count} ${nounFor(noun, count)}`,
    valueLabel: 'Värde',
    selected: 'vald',
    areaSummary: (name, value, interval, verdict, selected, intervalName) =>
      [`${name}: ${value}`, interval && `${intervalName} ${interval}`, verdict, selected && 'vald'].filter(Boolean).join(', '),
    tableCaption: (indicator, period, category) => `${indicator}${category ? `, ${lowerFirst(category)}` : ''}, ${period}, per område`,
    areaHeader: 'Område',
    comparisonHeader: (reference) => `Jämfört med ${reference}`,
    smallAreasHeading: 'Små områden på kartan',
    smallestAreasHeading: 'De minsta områdena på kartan',
    moreSmallAreas: (n, noun) =>
      `Ytterligare ${n} ${nounFor(noun, n)} är för små att peka på i kartan. Tabellen visar alla.`,
    colorModeName: { classes: 'Klasser', comparison: 'Jämförelse' },
    noMap: 'Den här områdesnivån har ingen karta.',
    // small:
    notPublishedAtLevel: (noun) => `Det här måttet redovisas inte ${noun ? `för ${noun.other}` : 'på den här nivån'}.`,
    // drill:
    drillNav: 'Kartans nivåer',
    drillUp: (name) => `Tillbaka till ${name}`,
    drillHint: 'Välj ett område för att se områdena i det; Esc går tillbaka.',
    zoom: { in: 'Zooma in', out: 'Zooma ut', reset: 'Visa hela kartan' },
  },
};

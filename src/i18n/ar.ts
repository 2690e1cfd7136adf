/**
 * Kollen's interface in Arabic (العربية), the county's most common language after Swedish.
 * Modern Standard Arabic; numbers in Latin digits (the registry's `ar-u-nu-latn`) so figures
 * read as in the sources. Translations welcome review by native speakers.
 *
 * An Arabic noun after a number changes with the number (dual, plural up to ten, singular from
 * eleven), so counts are written as "noun: number" ("مناطق: 26"), which reads right for any count.
 */
import type { NamedValue } from './map.js';
import type { Messages } from './messages.js';
import type { AreaNoun } from './nouns.js';
import { extremes, joinList } from './wording.js';

/** The catalogue's noun for the level, or "منطقة" / "مناطق" when it has none in Arabic. */
const nounFor = (noun: AreaNoun | undefined, count: number): string =>
  count === 1 ? (noun?.one ?? 'منطقة') : (noun?.other ?? 'مناطق');

/**
 * Names and titles from the data are mostly Latin script: each is isolated (U+2068 … U+2069) so
 * its brackets and punctuation stay with it instead of being reordered into the Arabic sentence.
 */
const iso = (text: string): string => (text ? `\u2068${text}\u2069` : text);
/** A range of figures ("2.2 %–3.3 %") kept left-to-right as one unit (U+2066 … U+2069), as the sources print it. */
const ltr = (text: string): string => (text ? `\u2066${text}\u2069` : text);
const isolated = (values: readonly NamedValue[]): NamedValue[] => values.map((v) => ({ name: iso(v.name), value: v.value }));

/** Arabic lists: "أ، ب و ج". */
const and = (items: readonly string[]) => joinList(items, 'و', '، ');

export const ar: Messages = {
  common: {
    retry: 'حاول مرة أخرى',
    empty: 'لا توجد بيانات لهذا المستوى وهذه الفترة.',
    simulated: 'بيانات محاكاة',
    simulatedLong: 'بيانات محاكاة: الأرقام مختلَقة لعرض الأداة ولا تصف الواقع.',
    source: 'المصدر',
    sourceLine: (source, publisher, licence) => `المصدر: ${iso(source)} (${iso(publisher)})، ${licence}`,
    showTable: 'عرض كجدول',
    hideTable: 'إخفاء الجدول',
    error: {
      'not-json': 'تعذّر عرض الإحصاءات: ملف البيانات تالف.',
      invalid: 'تعذّر عرض الإحصاءات: محتوى ملف البيانات غير صحيح.',
      'incompatible-version': 'تعذّر عرض الإحصاءات: ملف البيانات مُعَدّ لإصدار آخر من Kollen.',
      'not-found': 'تعذّر عرض الإحصاءات: ملف البيانات غير موجود.',
      http: 'تعذّر جلب الإحصاءات: ردّ الخادم بخطأ.',
      network: 'تعذّر جلب الإحصاءات. تحقّق من اتصالك بالإنترنت.',
      timeout: 'استغرق جلب الإحصاءات وقتًا أطول من اللازم.',
      'too-large': 'تعذّر عرض الإحصاءات: ملف البيانات كبير جدًا.',
      'unknown-indicator': 'المؤشر المختار غير موجود.',
      'unknown-level': 'مستوى المناطق المختار غير موجود.',
      'unknown-area': 'المنطقة المختارة غير موجودة.',
      unknown: 'حدث خطأ أثناء عرض الإحصاءات.',
      // pkg: an HTML page where a data file should be (the URL follows the text)
      'html-page': 'هذه صفحة ويب وليست بيانات Kollen — تحقّق من data-root:',
    },
    errorDetailHint: 'التفاصيل التقنية موجودة في وحدة تحكّم المتصفح.',
    openInKollen: 'افتح في Kollen',
    // cli:
    intervalNamed: (level) => `فترة الثقة ${level} %`,
    countNamed: { respondents: 'عدد المجيبين', events: 'عدد الحالات', denominator: 'عدد السكان' },
    tooFew: {
      respondents: 'عدد المجيبين أقل من أن يُنشر',
      events: 'عدد الحالات أقل من أن يُنشر',
      denominator: 'عدد السكان أقل من أن يُنشر',
    },
    // statsui:
    trend: {
      direction: { increasing: 'متزايد', decreasing: 'متناقص', 'no-change': 'لا تغيّر مؤكد' },
      verdict: { better: 'نحو الأفضل', worse: 'نحو الأسوأ' },
      result: (span, direction, verdict) => `الاتجاه ${span}: ${direction}${verdict ? ` (${verdict})` : ''}`,
    },
    // release:
    newerRelease: (release) => `تتوفر أرقام أحدث (${release})`,
    newerReleaseShow: 'عرض',
  },
  map: {
    areaNoun: (noun, count) => nounFor(noun, count),
    mapLabel: (indicator, period, noun) => `خريطة: ${iso(indicator)}، ${period}، لكل ${nounFor(noun, 1)}`,
    title: (indicator, period, group) => `${iso(indicator)}، ${period}${group ? ` – ${iso(group)}` : ''}`,
    description(f) {
      const count = (n: number) => `${nounFor(f.noun, n)}: ${n}`;
      const parts = [
        `تعرض الخريطة ${iso(f.indicator)}، ${iso(f.unitLabel)}،${f.category ? ` لدى فئة ${iso(f.category)}` : ''} لعام ${f.period}؛ ${count(f.shown)}.`,
      ];
      if (f.highest.length > 0) parts.push(`الأعلى: ${extremes(isolated(f.highest), 'و', '، ')}، والأدنى: ${extremes(isolated(f.lowest), 'و', '، ')}.`);
      if (f.reference && f.compared > 0) {
        const c = f.counts;
        const differing = c.better + c.worse + c.higher + c.lower;
        const how = c.higher + c.lower > 0 ? `أعلى: ${c.higher}، أدنى: ${c.lower}` : `أفضل: ${c.better}، أسوأ: ${c.worse}`;
        parts.push(`تختلف ${differing} من أصل ${f.compared} اختلافًا دالًّا إحصائيًّا عن ${iso(f.reference)} (${how}).`);
      }
      if (f.missing > 0) parts.push(`بلا بيانات: ${count(f.missing)}.`);
      if (f.simulated) parts.push('البيانات محاكاة.');
      return parts.join(' ');
    },
    keyboardHint: 'تنتقل مفاتيح الأسهم بين المناطق، ويختار Enter، ويلغي Esc التحديد، ويعرض T الجدول.',
    legendLabel: 'مفتاح الخريطة',
    legendClassesTitle: (unitLabel) => iso(unitLabel),
    legendComparisonTitle: (reference) => `مقارنةً بـ ${iso(reference)}`,
    referenceValue: (reference, value, interval, intervalName) => `${iso(reference)}: ${value}${interval ? ` (${intervalName}: ${ltr(interval)})` : ''}`,
    classRange: (from, to) => ltr(`${from}–${to}`),
    verdict(verdict, reference) {
      return {
        better: `أفضل من ${iso(reference)} بدلالة إحصائية`,
        similar: `لا فرق دالّ إحصائيًّا عن ${iso(reference)}`,
        worse: `أسوأ من ${iso(reference)} بدلالة إحصائية`,
        higher: `أعلى من ${iso(reference)} بدلالة إحصائية`,
        lower: `أدنى من ${iso(reference)} بدلالة إحصائية`,
        'not-compared': 'لم تُقارَن: لا توجد فترة ثقة',
      }[verdict];
    },
    legendVerdict(verdict) {
      return {
        better: 'أفضل بدلالة إحصائية',
        similar: 'لا فرق دالّ إحصائيًّا',
        worse: 'أسوأ بدلالة إحصائية',
        higher: 'أعلى بدلالة إحصائية',
        lower: 'أدنى بدلالة إحصائية',
        'not-compared': 'لم تُقارَن (لا توجد فترة ثقة)',
      }[verdict];
    },
    legendDarker: {
      'higher-is-worse': 'اللون الأغمق يعني قيمة أعلى، وهذا أسوأ.',
      'higher-is-better': 'اللون الأغمق يعني قيمة أدنى، وهذا أسوأ.',
      neutral: 'اللون الأغمق يعني قيمة أعلى؛ ولا يُعدّ أي اتجاه جيدًا أو سيئًا.',
    },
    noComparison: {
      'no-intervals': 'تُظهر الألوان فئات القيم، لا مقارنةً: ليس للقيم فترات ثقة، لذا لا يمكن اختبار أي فرق.',
      'no-reference': 'تُظهر الألوان فئات القيم، لا مقارنةً: لا توجد قيمة للمقارنة بها.',
    },
    legendPolarity: {
      'higher-is-worse': 'القيمة الأدنى أفضل.',
      'higher-is-better': 'القيمة الأعلى أفضل.',
      neutral: 'لا تُعدّ القيمة الأعلى أو الأدنى جيدة أو سيئة.',
    },
    missing: {
      'not-collected': 'لم تُجمَع',
      'no-data': 'لا توجد بيانات',
    },
    count: (count, noun) => `${nounFor(noun, count)}: ${count}`,
    valueLabel: 'القيمة',
    selected: 'مختارة',
    areaSummary: (name, value, interval, verdict, selected, intervalName) =>
      [`${iso(name)}: ${value}`, interval && `${intervalName}: ${ltr(interval)}`, verdict, selected && 'مختارة'].filter(Boolean).join('، '),
    tableCaption: (indicator, period, category) => `${iso(indicator)}${category ? `، ${iso(category)}` : ''}، ${period}، حسب المنطقة`,
    areaHeader: 'المنطقة',
    comparisonHeader: (reference) => `مقارنةً بـ ${iso(reference)}`,
    smallAreasHeading: 'مناطق صغيرة على الخريطة',
    smallestAreasHeading: 'أصغر المناطق على الخريطة',
    moreSmallAreas: (n, noun) => `${nounFor(noun, n)} أخرى أصغر من أن يُشار إليها على الخريطة: ${n}. يعرض الجدول جميع المناطق.`,
    colorModeName: { classes: 'فئات', comparison: 'مقارنة' },
    noMap: 'لا توجد خريطة لهذا المستوى من المناطق.',
    // small:
    notPublishedAtLevel: (noun) => (noun ? `لا يُنشر هذا المؤشر على مستوى ${iso(noun.other)}.` : 'لا يُنشر هذا المؤشر على هذا المستوى من المناطق.'),
    // drill:
    drillNav: 'مستويات الخريطة',
    drillUp: (name) => `العودة إلى ${name}`,
    drillHint: 'اختر منطقة لعرض المناطق الواقعة داخلها. مفتاح Escape للعودة.',
    zoom: { in: 'تكبير', out: 'تصغير', reset: 'عرض الخريطة كاملة' },
  },
  charts: {
    area: 'المنطقة',
    period: 'الفترة',
    value: 'القيمة',
    category: 'الفئة',
    comparison: 'المقارنة',
    referenceSuffix: '(للمقارنة)',
    seriesName: (area, category) => `${iso(area)}، ${iso(category)}`,
    referenceRule: (area, value) => `${iso(area)} ${value}`,
    missing: 'لا توجد بيانات',
    simulatedFlag: 'بيانات محاكاة – الأرقام لا تصف الواقع',
    women: 'النساء',
    men: 'الرجال',
    age: 'العمر',
    downloadPng: 'تنزيل PNG',
    downloadSvg: 'تنزيل SVG',
    copySpec: 'نسخ مواصفات الرسم البياني (vega-lite)',
    copied: 'نُسخت المواصفات.',
    copyFallback: 'انسخ النص أدناه (مواصفات vega-lite):',
    exportFailed: 'تعذّر إنشاء الصورة.',
    toolbar: 'أدوات الرسم البياني',
    trendTable: (title) => `${iso(title)} عبر الزمن`,
    // "جميع المناطق" needs the definite article, which the catalogue's noun does not carry.
    rankingTable: (title, period) => `${iso(title)}، ${period}، جميع المناطق`,
    breakdownTable: (title, area, period) => `${iso(title)}، ${iso(area)}، ${period}، حسب الفئة`,
    pyramidTable: (title, area, period) => `${iso(title)}، ${iso(area)}، ${period}، حسب العمر والجنس`,
    trendDescription: (title, first, last, series) => `رسم بياني خطي: ${iso(title)} ${first}–${last}، ${and(series.map(iso))}.`,
    seriesChange: (series, from, fromPeriod, to, toPeriod) => `${iso(series)}: ${from} في ${fromPeriod} و${to} في ${toPeriod}.`,
    seriesSingle: (series, value, period) => `${iso(series)}: ${value} في ${period}.`,
    seriesBreaks: (series) => `ينقطع خط ${iso(series)} حيث تنقص البيانات أو حيث تغيّرت حدود المناطق.`,
    rankingDescription: (title, period, areas, highest, lowest) =>
      `رسم بياني بالأعمدة: ${iso(title)} ${period}، ${areas}. الأعلى: ${highest}. الأدنى: ${lowest}.`,
    rankingVerdicts: (reference, counts) => `مقارنةً بـ ${iso(reference)}: ${counts}.`,
    rankingNoIntervals: (reference) =>
      `لا يذكر المصدر فترات ثقة، لذا لا يمكن الحكم على ما إذا كانت الفروق عن ${iso(reference)} دالّة إحصائيًّا.`,
    verdictCount: (count, verdict) => `${verdict}: ${count}`,
    selectedRank: (area, rank, count, value) => `${iso(area)} في المرتبة ${rank} من ${count} (${value}).`,
    breakdownDescription: (title, area, period) => `رسم بياني بالأعمدة: ${iso(title)} ${period} حسب الفئة في ${iso(area)}، إلى جانب منطقة المقارنة.`,
    pyramidDescription: (title, area, period, women, men) =>
      `هرم سكاني: ${iso(title)} ${period} في ${iso(area)} حسب الفئة العمرية. مجموع النساء ${women}، ومجموع الرجال ${men}.`,
    noSeries: 'لا توجد بيانات عبر الزمن للمناطق المختارة.',
    noValues: (period) => `لا توجد بيانات للفترة ${period}.`,
    noBreakdown: 'المؤشر غير مقسّم بهذه الطريقة.',
    selectArea: (area) => `اختر ${iso(area)}`,
    // res:
    differenceKey: (reference) => `▲▼ = أعلى/أقل بدلالة إحصائية من الفئة نفسها في ${iso(reference)}`,
  },
  dashboard: {
    title: 'الصحة العامة والظروف المعيشية',
    controls: 'اختر المؤشر والمنطقة',
    theme: 'الموضوع',
    allThemes: 'جميع المواضيع',
    indicator: 'المؤشر',
    search: 'ابحث عن مؤشر',
    // The data's texts are in Swedish and English, so those are the words the search knows.
    searchHint: 'ابحث بالسويدية أو الإنجليزية، مثلًا «rökning» أو «smoking».',
    searchResults: (count) => (count === 1 ? 'عُثر على مؤشر واحد' : `عدد المؤشرات التي عُثر عليها: ${count}`),
    searchNone: 'لم يُعثر على أي مؤشر. جرّب كلمة أخرى.',
    level: 'مستوى المناطق',
    period: 'السنة',
    breakdown: 'التقسيم',
    noBreakdown: 'بلا تقسيم',
    category: 'الفئة',
    views: 'طريقة العرض',
    view: {
      map: 'خريطة',
      trend: 'التطور',
      ranking: 'الترتيب',
      breakdown: 'الفئات',
      table: 'جدول',
      area: 'منطقتك',
    },
    viewHelp: {
      map: 'اختر منطقة على الخريطة لتتابعها في طرق العرض الأخرى.',
      trend: 'التطور عبر الزمن للمناطق المختارة وللمقاطعة، مع فترات الثقة.',
      ranking: 'المناطق مرتّبة حسب القيمة، مع فترات الثقة.',
      breakdown: 'القيمة مقسّمة حسب الفئات.',
      table: 'جميع القيم مع فترة الثقة والعدد والمقارنة بالمقاطعة.',
      area: 'جميع المؤشرات لمنطقة واحدة مقارنةً بالمقاطعة.',
    },
    showing: (view, indicator, level, period) => `المعروض الآن: ${view} – ${iso(indicator)}، ${iso(level)}، ${period}.`,
    selectedArea: (name) => `المنطقة المختارة: ${iso(name)}`,
    showingReference: (reference) => `لم يتم اختيار أي منطقة، لذلك يُعرض هنا ${iso(reference)}. اختر منطقة لتظهر بجانبها.`,
    chooseArea: 'اختر منطقة',
    breakdownShown: (breakdown) => `لم يتم اختيار أي تقسيم، لذلك تُعرض هنا المجموعات حسب ${iso(breakdown)}.`,
    chooseBreakdown: 'التقسيم حسب',
    mapColors: { legend: 'ألوان الخريطة', comparison: (reference) => `الفرق عن ${iso(reference)} (الدلالة الإحصائية)`, classes: 'فئات القيم' },
    clearSelection: 'إلغاء التحديد',
    noBreakdownForIndicator: 'لا يمكن تقسيم هذا المؤشر إلى فئات.',
    language: 'اللغة',
    about: 'عن المؤشر',
    definition: 'التعريف',
    method: 'المنهجية',
    source: 'المصدر',
    publisher: 'الناشر',
    licence: 'الترخيص',
    updated: 'آخر تحديث',
    real: 'الأرقام مأخوذة من المصدر المذكور أعلاه.',
    share: 'المشاركة والتضمين',
    link: 'رابط هذا العرض',
    copy: 'نسخ',
    copied: 'تم النسخ',
    copyFailed: 'تعذّر النسخ. حدّد النص وانسخه بنفسك.',
    scriptEmbed: 'التضمين بسكربت',
    scriptEmbedHelp: 'الصق الشيفرة في موقعك. لا يرث الرسم البياني أنماط الصفحة، ويعمل مع سياسة أمان محتوى (CSP) صارمة.',
    iframeEmbed: 'التضمين بإطار iframe',
    iframeEmbedHelp: 'يضبط الإطار ارتفاعه وفق المحتوى بواسطة السكربت الصغير.',
    preview: 'معاينة',
    showPreview: 'عرض المعاينة',
    downloads: 'تنزيل',
    downloadPng: 'صورة (PNG)',
    downloadSvg: 'صورة (SVG)',
    downloadCsvView: 'بيانات العرض (CSV)',
    downloadCsvAll: 'المؤشر كاملًا (CSV)',
    downloadCsvViewExcel: 'بيانات العرض (CSV لبرنامج Excel السويدي)',
    downloadCsvAllExcel: 'المؤشر كاملًا (CSV لبرنامج Excel السويدي)',
    downloadStarted: (name) => `جارٍ تنزيل ${iso(name)}.`,
    downloadFailed: 'تعذّر إنشاء الملف.',
    imageNotForView: 'الصور متاحة للخريطة والتطور والترتيب والفئات.',
    table: {
      caption: (indicator, level, period, category) => `${iso(indicator)} حسب ${iso(level)}، ${period}${category ? `، ${iso(category)}` : ''}`,
      area: 'المنطقة',
      value: 'القيمة',
      comparison: 'مقارنةً بالمقاطعة',
      select: (name) => `اختر ${iso(name)}`,
      reference: 'للمقارنة',
      selected: 'مختارة',
      noComparison: 'لا يذكر المصدر فترات ثقة، لذا لا يمكن اختبار الفروق عن المقاطعة.',
    },
    status: {
      'not-collected': 'لا توجد بيانات',
      'not-applicable': 'لا ينطبق',
      missing: 'لا توجد بيانات',
    },
    verdict: {
      better: 'أفضل من المقاطعة',
      similar: 'لا فرق واضح',
      worse: 'أسوأ من المقاطعة',
      higher: 'أعلى من المقاطعة',
      lower: 'أدنى من المقاطعة',
      'not-compared': 'لا يمكن المقارنة',
    },
    yourArea: {
      heading: 'منطقتك',
      pick: 'اختر بلدية أو منطقة من مناطق المدينة',
      filter: 'تصفية المناطق',
      filterHint: 'اكتب جزءًا من الاسم، مثلًا «jarva».',
      none: 'اختر منطقة من القائمة أو على الخريطة لترى جميع مؤشراتها.',
      intro: (area, reference) =>
        `جميع المؤشرات لـ ${iso(area)} مقارنةً بـ ${iso(reference)}. يُعدّ الفرق واضحًا عندما لا تشمل فترة الثقة قيمة منطقة المقارنة.`,
      mapHint: 'أو اختر على الخريطة',
      indicator: 'المؤشر',
      areaValue: (area) => area,
      referenceValue: (reference) => reference,
      comparison: 'المقارنة',
      trend: 'التطور',
      sparkline: (indicator, area, from, to) => `${iso(indicator)} في ${iso(area)}: من ${from} إلى ${to}`,
      noValue: '–',
      print: 'طباعة',
      loadingAll: 'جارٍ جلب جميع المؤشرات…',
      notAtLevel: 'غير متاح لهذا المستوى من المناطق',
      latest: (period) => `آخر بيانات: ${period}`,
    },
    printedFrom: 'طُبع من',
    simulatedEverywhere: 'جميع المؤشرات الموسومة بـ«بيانات محاكاة» مختلَقة.',
    // drill:
    areaSearch: {
      label: 'ابحث عن منطقتك',
      hint: 'اسم، أو اسم وبلدية: Vällingby, Stockholm',
      results: (n) => `عدد النتائج: ${n}`,
    },
  },
};

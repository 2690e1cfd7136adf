/**
 * Reading indicator data, one rule per question, for every view and export: the reference an
 * area is compared with, a cell by its key, rows by a filter, periods in order, the names of
 * areas, levels and categories, and the source-and-licence line. A view that needs one of these
 * calls it from here rather than working it out again.
 */
export { findCell, hasIntervals, isPublished, publishedFigures, type Cell, type CellKey } from './cells.js';
export { areaName, categoryTitle, categoryTitles, divisionOf, groupTitle, levelTitle } from './names.js';
export { comparePeriods, latestPeriod, pooledYears, sortedPeriods } from './periods.js';
export { intervalLevelOf } from './interval.js';
export { referenceFor } from './reference.js';
export { indicatorRows, type RowFilter } from './rows.js';
export { rowAt } from '../schema/rows.js';
export { httpUrl, sourceLine, sourceLineParts, type SourceLineParts } from './source.js';
export { countNoun, countOfIndicator, figureWording, intervalWording, missingWording, statusWording, suppressedWording, type FigureWording, type WordedIndicator } from './wording.js';

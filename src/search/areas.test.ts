import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Catalog } from '../schema/types.js';
import { searchableAreas, searchAreas } from './areas.js';

const data = resolve(import.meta.dirname, '../../data');
const stockholm = JSON.parse(readFileSync(`${data}/catalog.json`, 'utf8')) as Catalog;
const sweden = JSON.parse(readFileSync(`${data}/sweden/catalog.json`, 'utf8')) as Catalog;
const names = (hits: ReturnType<typeof searchAreas>) => hits.map((hit) => `${hit.area.name} (${hit.area.level})`);

describe('the areas a search can find', () => {
  it('are the county, its municipalities and Stockholm city’s districts in the division drawn for the period', () => {
    const latest = searchableAreas(stockholm);
    expect(latest.filter((entry) => entry.area.level === 'county')).toHaveLength(1);
    expect(latest.filter((entry) => entry.area.level === 'municipality')).toHaveLength(26);
    expect(latest.filter((entry) => entry.area.level.startsWith('district')).map((entry) => entry.area.level)).toEqual(Array(11).fill('district-2023'));
    expect(searchableAreas(stockholm, '2021').filter((entry) => entry.area.level.startsWith('district'))).toHaveLength(13);
    const sodermalm = latest.find((entry) => entry.area.name === 'Södermalm')!;
    expect(sodermalm.parents.map((parent) => parent.name)).toEqual(['Stockholm', 'Stockholms län']);
  });

  it('are every county and municipality of the national root', () => {
    const all = searchableAreas(sweden);
    expect(all).toHaveLength(sweden.areas.filter((area) => area.level !== 'country').length);
  });

  it('keep to the levels an indicator is published on', () => {
    expect(searchableAreas(stockholm, '', ['county', 'municipality']).some((entry) => entry.area.level.startsWith('district'))).toBe(false);
  });
});

describe('finding an area by name', () => {
  const areas = searchableAreas(stockholm);

  it('folds case, å/ä/ö and hyphens', () => {
    expect(names(searchAreas(areas, 'sodermalm'))).toEqual(['Södermalm (district-2023)', 'Södermalm (stadsdel)']);
    expect(names(searchAreas(areas, 'SÖDERMALM'))).toEqual(['Södermalm (district-2023)', 'Södermalm (stadsdel)']);
    expect(names(searchAreas(areas, 'hagersten'))).toEqual(['Hägersten (stadsdel)', 'Hägersten-Älvsjö (district-2023)', 'Hägerstensåsen (stadsdel)']);
    expect(names(searchAreas(searchableAreas(stockholm, '2018'), 'hagersten'))).toEqual(['Hägersten (stadsdel)', 'Hägersten-Liljeholmen (district-2007)', 'Hägerstensåsen (stadsdel)']);
    expect(names(searchAreas(areas, 'hasselby vallingby'))).toEqual(['Hässelby-Vällingby (district-2023)']);
    expect(names(searchAreas(areas, 'hasselbyvall'))).toEqual(['Hässelby-Vällingby (district-2023)']);
    expect(names(searchAreas(areas, 'alvsjo'))).toEqual(['Älvsjö (stadsdel)', 'Hägersten-Älvsjö (district-2023)']);
  });

  it('narrows by a parent after a comma', () => {
    expect(names(searchAreas(areas, 'Vällingby, Stockholm'))).toEqual(['Vällingby (stadsdel)', 'Hässelby-Vällingby (district-2023)']);
    expect(names(searchAreas(areas, 'vallingby, stockholms lan'))).toEqual(['Vällingby (stadsdel)', 'Hässelby-Vällingby (district-2023)']);
    expect(searchAreas(areas, 'Vällingby, Solna')).toEqual([]);
    expect(names(searchAreas(areas, 'Vällingby,'))).toEqual(['Vällingby (stadsdel)', 'Hässelby-Vällingby (district-2023)']);
  });

  it('ranks the whole name first, then its start, then a word inside it; a larger area before a smaller', () => {
    expect(names(searchAreas(areas, 'stockholm')).slice(0, 2)).toEqual(['Stockholm (municipality)', 'Stockholms län (county)']);
    const sundbyberg = searchAreas(areas, 'sund');
    expect(sundbyberg.map((hit) => hit.area.name)).toEqual(['Sundbyberg', 'Sundby']);
  });

  it('finds nothing for an empty query or a name that is not there', () => {
    expect(searchAreas(areas, '')).toEqual([]);
    expect(searchAreas(areas, ' , ')).toEqual([]);
    expect(searchAreas(areas, 'göteborg')).toEqual([]);
  });

  it('finds a municipality of the national root by its county', () => {
    const national = searchableAreas(sweden);
    expect(names(searchAreas(national, 'solna, stockholm'))).toEqual(['Solna (municipality)']);
    expect(searchAreas(national, 'göteborg, stockholm')).toEqual([]);
    expect(names(searchAreas(national, 'goteborg'))).toEqual(['Göteborg (municipality)']);
  });
});

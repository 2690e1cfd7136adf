import { describe, expect, it } from 'vitest';
import { loadAllMessages } from '../i18n/index.js';
import { countNoun, countOfIndicator, intervalWording, missingWording, statusWording, suppressedWording } from './wording.js';

await loadAllMessages();

describe('figure wording from the indicator', () => {
  it('names the interval at its level, written the language\'s way', () => {
    expect(intervalWording({}, 'sv')).toBe('95 % konfidensintervall');
    expect(intervalWording({ intervalLevel: 99.8 }, 'sv')).toBe('99,8 % konfidensintervall');
    expect(intervalWording({ intervalLevel: 99.8 }, 'en')).toBe('99.8% confidence interval');
    expect(intervalWording({ intervalLevel: 99.8 }, 'fi')).toBe('99,8 %:n luottamusväli');
    expect(intervalWording({ intervalLevel: 99.8 }, 'ar')).toMatch(/^فترة الثقة .+ %$/);
  });

  it('says what n counts: countOf first, else the value type, else respondents', () => {
    expect(countOfIndicator({})).toBe('respondents');
    expect(countOfIndicator({ valueType: 'rate' })).toBe('events');
    expect(countOfIndicator({ valueType: 'register-proportion' })).toBe('denominator');
    expect(countOfIndicator({ valueType: 'rate', countOf: 'denominator' })).toBe('denominator');
    expect(countNoun({}, 'sv')).toBe('Antal svarande');
    expect(countNoun({ countOf: 'events' }, 'en')).toBe('Events');
    expect(countNoun({ countOf: 'denominator' }, 'sv')).toBe('Antal invånare');
  });

  it('says what there were too few of, wherever a suppressed cell is named', () => {
    expect(suppressedWording({}, 'sv')).toBe('För få svarande för att redovisa');
    expect(missingWording('suppressed', { countOf: 'events' }, 'sv')).toBe('För få händelser för att redovisa');
    expect(missingWording('not-collected', { countOf: 'events' }, 'sv')).toBe('Inte insamlat');
    expect(statusWording('suppressed', { valueType: 'register-proportion' }, 'en')).toBe('Too few inhabitants to publish');
    expect(statusWording('ok', {}, 'en')).toBe('');
    expect(statusWording('not-applicable', {}, 'sv')).toBe('Gäller inte');
  });
});

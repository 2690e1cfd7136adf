import { describe, expect, it } from 'vitest';
import { sparklinePath } from './sparkline.js';

describe('sparkline', () => {
  it('breaks a sparkline at a missing period', () => {
    const path = sparklinePath(
      [
        { period: 'a', value: 1 },
        { period: 'b', value: null },
        { period: 'c', value: 3 },
        { period: 'd', value: 4 },
      ],
      (index) => index * 10,
      (value) => value,
    );
    expect(path).toBe('M0.0,1.0M20.0,3.0L30.0,4.0');
  });
});

import { describe, expect, it } from 'vitest';
import { minimize } from '../../../scripts/lbfgs.js';

describe('L-BFGS', () => {
  it('finds the minimum of a badly scaled quadratic', () => {
    // f(x) = Σ c_i (x_i - i)², minimum at x_i = i.
    const scales = [1, 10, 100, 1000];
    const x = minimize((x, grad) => {
      let value = 0;
      scales.forEach((c, i) => {
        value += c * (x[i]! - i) ** 2;
        grad[i] = 2 * c * (x[i]! - i);
      });
      return value;
    }, new Float64Array(scales.length));
    [...x].forEach((v, i) => expect(v).toBeCloseTo(i, 4));
  });

  it('finds the minimum of the Rosenbrock valley, where plain gradient steps crawl', () => {
    const x = minimize(
      (x, grad) => {
        const [a, b] = [x[0]!, x[1]!];
        grad[0] = -2 * (1 - a) - 400 * a * (b - a * a);
        grad[1] = 200 * (b - a * a);
        return (1 - a) ** 2 + 100 * (b - a * a) ** 2;
      },
      Float64Array.from([-1.2, 1]),
      { maxIterations: 200 },
    );
    expect(x[0]).toBeCloseTo(1, 3);
    expect(x[1]).toBeCloseTo(1, 3);
  });
});

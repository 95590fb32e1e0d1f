/**
 * Limited-memory BFGS: minimises a smooth function from its value and gradient (Nocedal and Wright,
 * Numerical Optimization, algorithms 7.4 and 7.5), with a backtracking line search on the Armijo
 * condition. Used to fit the topic model's logistic regressions; deterministic.
 */

/** The value of the function at `x`; writes its gradient into `grad`. */
export type Objective = (x: Float64Array, grad: Float64Array) => number;

export interface MinimizeOptions {
  maxIterations?: number;
  /** Stop when the largest gradient component falls below this. */
  tolerance?: number;
  /** Corrections kept. */
  memory?: number;
}

const dot = (a: Float64Array, b: Float64Array): number => {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i]! * b[i]!;
  return sum;
};

export function minimize(f: Objective, start: Float64Array, options: MinimizeOptions = {}): Float64Array {
  const { maxIterations = 500, tolerance = 1e-6, memory = 10 } = options;
  const n = start.length;
  let x = Float64Array.from(start);
  let grad = new Float64Array(n);
  let value = f(x, grad);
  const steps: Float64Array[] = [];
  const changes: Float64Array[] = [];
  const rhos: number[] = [];
  const direction = new Float64Array(n);
  const alphas: number[] = [];
  for (let iteration = 0; iteration < maxIterations; iteration++) {
    let largest = 0;
    for (let i = 0; i < n; i++) largest = Math.max(largest, Math.abs(grad[i]!));
    if (largest < tolerance) break;
    // Two-loop recursion: the direction is minus the inverse Hessian estimate times the gradient.
    direction.set(grad);
    for (let k = steps.length - 1; k >= 0; k--) {
      const alpha = rhos[k]! * dot(steps[k]!, direction);
      alphas[k] = alpha;
      const y = changes[k]!;
      for (let i = 0; i < n; i++) direction[i]! -= alpha * y[i]!;
    }
    const last = steps.length - 1;
    const scale =
      last >= 0 ? dot(steps[last]!, changes[last]!) / dot(changes[last]!, changes[last]!) : 1 / largest;
    for (let i = 0; i < n; i++) direction[i]! *= scale;
    for (let k = 0; k < steps.length; k++) {
      const beta = rhos[k]! * dot(changes[k]!, direction);
      const s = steps[k]!;
      for (let i = 0; i < n; i++) direction[i]! += s[i]! * (alphas[k]! - beta);
    }
    for (let i = 0; i < n; i++) direction[i] = -direction[i]!;
    let slope = dot(grad, direction);
    if (slope >= 0) {
      // Not a descent direction (a poor estimate): start over from the gradient.
      steps.length = changes.length = rhos.length = 0;
      for (let i = 0; i < n; i++) direction[i] = -grad[i]! / largest;
      slope = dot(grad, direction);
    }
    let step = 1;
    const next = new Float64Array(n);
    const nextGrad = new Float64Array(n);
    let nextValue = Infinity;
    for (let tries = 0; tries < 40; tries++) {
      for (let i = 0; i < n; i++) next[i] = x[i]! + step * direction[i]!;
      nextValue = f(next, nextGrad);
      if (nextValue <= value + 1e-4 * step * slope) break;
      step /= 2;
    }
    if (!(nextValue < value)) break;
    const s = new Float64Array(n);
    const y = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      s[i] = next[i]! - x[i]!;
      y[i] = nextGrad[i]! - grad[i]!;
    }
    const sy = dot(s, y);
    if (sy > 1e-12) {
      steps.push(s);
      changes.push(y);
      rhos.push(1 / sy);
      if (steps.length > memory) {
        steps.shift();
        changes.shift();
        rhos.shift();
      }
    }
    const converged = Math.abs(value - nextValue) <= 1e-10 * Math.max(1, Math.abs(value));
    x = next;
    grad = nextGrad;
    value = nextValue;
    if (converged) break;
  }
  return x;
}

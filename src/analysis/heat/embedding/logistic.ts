// A logistic regression on sentence embeddings (pure: vectors in, weights out). Training
// standardises each dimension, minimises the weighted log-loss plus an L2 penalty with L-BFGS
// (full batch, deterministic: the same data gives the same weights), then folds the
// standardisation back into the weights, so scoring is one dot product.

export interface EmbeddingLogistic {
  /** One weight per embedding dimension (on the raw embedding). */
  weights: Float32Array;
  bias: number;
  /** Platt scaling of the raw score: p = σ(a·z + b). */
  calibration: { a: number; b: number };
}

export interface LogisticOptions {
  /** L2 penalty on the standardised weights, per unit of total sample weight. */
  l2: number;
  /** L-BFGS iterations at most. */
  maxIterations: number;
}

export const DEFAULT_LOGISTIC_OPTIONS: LogisticOptions = { l2: 1e-2, maxIterations: 100 };

export const sigmoid = (z: number): number => (z >= 0 ? 1 / (1 + Math.exp(-z)) : Math.exp(z) / (1 + Math.exp(z)));

/** Raw (uncalibrated) score of one embedding. */
export function logisticRaw(m: EmbeddingLogistic, x: ArrayLike<number>): number {
  let z = m.bias;
  const w = m.weights;
  for (let k = 0; k < w.length; k++) z += w[k] * x[k];
  return z;
}

/** Calibrated probability of one embedding. */
export function logisticProbability(m: EmbeddingLogistic, x: ArrayLike<number>): number {
  return sigmoid(m.calibration.a * logisticRaw(m, x) + m.calibration.b);
}

/** Weighted L2 logistic regression (no calibration: { a: 1, b: 0 }). `x[i]` are the embeddings. */
export function trainLogistic(
  x: readonly ArrayLike<number>[],
  y: ArrayLike<number>,
  w: ArrayLike<number>,
  opts: LogisticOptions = DEFAULT_LOGISTIC_OPTIONS,
): EmbeddingLogistic {
  const n = x.length;
  const d = n ? x[0].length : 0;
  // standardise: mean and standard deviation per dimension (weighted)
  let wSum = 0;
  for (let i = 0; i < n; i++) wSum += w[i];
  const mean = new Float64Array(d);
  const sd = new Float64Array(d);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) mean[k] += w[i] * x[i][k];
  for (let k = 0; k < d; k++) mean[k] /= wSum || 1;
  for (let i = 0; i < n; i++)
    for (let k = 0; k < d; k++) {
      const v = x[i][k] - mean[k];
      sd[k] += w[i] * v * v;
    }
  for (let k = 0; k < d; k++) sd[k] = Math.sqrt(sd[k] / (wSum || 1)) || 1;
  const z = new Float64Array(n * d);
  for (let i = 0; i < n; i++) for (let k = 0; k < d; k++) z[i * d + k] = (x[i][k] - mean[k]) / sd[k];
  const wn = Float64Array.from({ length: n }, (_, i) => w[i] / (wSum || 1));

  // parameters: d weights then the bias (not penalised)
  const dim = d + 1;
  const lossGrad = (theta: Float64Array, grad: Float64Array): number => {
    grad.fill(0);
    let loss = 0;
    const b = theta[d];
    for (let i = 0; i < n; i++) {
      let s = b;
      const o = i * d;
      for (let k = 0; k < d; k++) s += theta[k] * z[o + k];
      // log(1 + e^s) − y·s, computed stably
      const ls = s > 0 ? s + Math.log1p(Math.exp(-s)) : Math.log1p(Math.exp(s));
      loss += wn[i] * (ls - y[i] * s);
      const g = wn[i] * (sigmoid(s) - y[i]);
      for (let k = 0; k < d; k++) grad[k] += g * z[o + k];
      grad[d] += g;
    }
    for (let k = 0; k < d; k++) {
      loss += 0.5 * opts.l2 * theta[k] * theta[k];
      grad[k] += opts.l2 * theta[k];
    }
    return loss;
  };
  const theta = lbfgs(lossGrad, new Float64Array(dim), opts.maxIterations);

  // back to the raw embedding: w_k / sd_k, bias − Σ w_k·mean_k / sd_k
  const weights = new Float32Array(d);
  let bias = theta[d];
  for (let k = 0; k < d; k++) {
    weights[k] = theta[k] / sd[k];
    bias -= (theta[k] * mean[k]) / sd[k];
  }
  return { weights, bias, calibration: { a: 1, b: 0 } };
}

/** Limited-memory BFGS with a backtracking (Armijo) line search. */
function lbfgs(f: (x: Float64Array, g: Float64Array) => number, x0: Float64Array, maxIterations: number, m = 10): Float64Array {
  const dim = x0.length;
  const x = Float64Array.from(x0);
  const g = new Float64Array(dim);
  let fx = f(x, g);
  const sList: Float64Array[] = [];
  const yList: Float64Array[] = [];
  const rho: number[] = [];
  const dir = new Float64Array(dim);
  const xNew = new Float64Array(dim);
  const gNew = new Float64Array(dim);
  const alpha = new Float64Array(m);
  const dot = (a: Float64Array, b: Float64Array): number => {
    let s = 0;
    for (let k = 0; k < dim; k++) s += a[k] * b[k];
    return s;
  };
  for (let it = 0; it < maxIterations; it++) {
    // two-loop recursion: dir = −H·g
    for (let k = 0; k < dim; k++) dir[k] = -g[k];
    for (let j = sList.length - 1; j >= 0; j--) {
      alpha[j] = rho[j] * dot(sList[j], dir);
      for (let k = 0; k < dim; k++) dir[k] -= alpha[j] * yList[j][k];
    }
    if (sList.length) {
      const last = sList.length - 1;
      const gamma = dot(sList[last], yList[last]) / dot(yList[last], yList[last]);
      for (let k = 0; k < dim; k++) dir[k] *= gamma;
    }
    for (let j = 0; j < sList.length; j++) {
      const beta = rho[j] * dot(yList[j], dir);
      for (let k = 0; k < dim; k++) dir[k] += sList[j][k] * (alpha[j] - beta);
    }
    let slope = dot(g, dir);
    if (slope >= 0) {
      // not a descent direction: restart from the gradient
      for (let k = 0; k < dim; k++) dir[k] = -g[k];
      slope = dot(g, dir);
      sList.length = yList.length = rho.length = 0;
    }
    let step = 1;
    let fNew = fx;
    for (let ls = 0; ls < 30; ls++) {
      for (let k = 0; k < dim; k++) xNew[k] = x[k] + step * dir[k];
      fNew = f(xNew, gNew);
      if (fNew <= fx + 1e-4 * step * slope) break;
      step *= 0.5;
    }
    if (!(fNew < fx)) break;
    const s = new Float64Array(dim);
    const yv = new Float64Array(dim);
    for (let k = 0; k < dim; k++) {
      s[k] = xNew[k] - x[k];
      yv[k] = gNew[k] - g[k];
    }
    const sy = dot(s, yv);
    const improvement = fx - fNew;
    x.set(xNew);
    g.set(gNew);
    fx = fNew;
    if (sy > 1e-12) {
      sList.push(s);
      yList.push(yv);
      rho.push(1 / sy);
      if (sList.length > m) {
        sList.shift();
        yList.shift();
        rho.shift();
      }
    }
    if (improvement < 1e-10 * Math.max(1, Math.abs(fx))) break;
  }
  return x;
}

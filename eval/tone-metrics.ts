// Metrics for binary scorers: precision/recall/F1/FPR at a threshold, AUROC (rank-based,
// ties averaged), and a reliability (calibration) table.

export interface BinaryCounts {
  tp: number;
  fp: number;
  fn: number;
  tn: number;
}

export interface BinaryMetrics extends BinaryCounts {
  precision: number;
  recall: number;
  f1: number;
  fpr: number;
}

export function countsAt(flags: ArrayLike<boolean>, labels: ArrayLike<number>): BinaryCounts {
  const c = { tp: 0, fp: 0, fn: 0, tn: 0 };
  for (let i = 0; i < labels.length; i++) {
    if (flags[i]) labels[i] ? c.tp++ : c.fp++;
    else labels[i] ? c.fn++ : c.tn++;
  }
  return c;
}

export function metricsOf(c: BinaryCounts): BinaryMetrics {
  const precision = c.tp + c.fp ? c.tp / (c.tp + c.fp) : 0;
  const recall = c.tp + c.fn ? c.tp / (c.tp + c.fn) : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const fpr = c.fp + c.tn ? c.fp / (c.fp + c.tn) : 0;
  return { ...c, precision, recall, f1, fpr };
}

/** Area under the ROC curve (Mann–Whitney U with average ranks for ties). */
export function auroc(scores: ArrayLike<number>, labels: ArrayLike<number>): number {
  const idx = Array.from({ length: scores.length }, (_, i) => i).sort((a, b) => scores[a] - scores[b]);
  let rankSumPos = 0;
  let pos = 0;
  let i = 0;
  while (i < idx.length) {
    let j = i;
    while (j + 1 < idx.length && scores[idx[j + 1]] === scores[idx[i]]) j++;
    const avgRank = (i + j) / 2 + 1;
    for (let k = i; k <= j; k++) if (labels[idx[k]]) {
      rankSumPos += avgRank;
      pos++;
    }
    i = j + 1;
  }
  const neg = idx.length - pos;
  if (!pos || !neg) return NaN;
  return (rankSumPos - (pos * (pos + 1)) / 2) / (pos * neg);
}

export interface CalibrationBin {
  from: number;
  to: number;
  n: number;
  meanScore: number;
  positiveRate: number;
}

/** Reliability table over fixed-width score bins. */
export function calibrationTable(scores: ArrayLike<number>, labels: ArrayLike<number>, bins = 10): CalibrationBin[] {
  const out: CalibrationBin[] = [];
  for (let b = 0; b < bins; b++) out.push({ from: b / bins, to: (b + 1) / bins, n: 0, meanScore: 0, positiveRate: 0 });
  for (let i = 0; i < scores.length; i++) {
    const b = Math.min(bins - 1, Math.floor(scores[i] * bins));
    out[b].n++;
    out[b].meanScore += scores[i];
    out[b].positiveRate += labels[i];
  }
  for (const bin of out) if (bin.n) {
    bin.meanScore /= bin.n;
    bin.positiveRate /= bin.n;
  }
  return out;
}

/**
 * Two-sample Kolmogorov–Smirnov statistic D = max over x of |F₁(x) − F₂(x)|, F the empirical CDFs
 * (the fidelity measure of Leskovec & Faloutsos 2006). 0 for identical distributions, 1 for
 * disjoint ones. Sorts copies of both inputs: O((n₁ + n₂) log).
 */
export function ksStatistic(a: ArrayLike<number>, b: ArrayLike<number>): number {
  if (a.length === 0 || b.length === 0) return a.length === b.length ? 0 : 1;
  const x = Float64Array.from(a).sort();
  const y = Float64Array.from(b).sort();
  let i = 0;
  let j = 0;
  let d = 0;
  while (i < x.length && j < y.length) {
    // Step both CDFs past the next value, so ties are compared after all equal values are counted.
    const value = Math.min(x[i]!, y[j]!);
    while (i < x.length && x[i] === value) i++;
    while (j < y.length && y[j] === value) j++;
    d = Math.max(d, Math.abs(i / x.length - j / y.length));
  }
  return d;
}

/** Total-variation distance ½ Σ |p₁ − p₂| between two count tables turned into proportions. */
export function totalVariation(a: ReadonlyMap<string, number>, b: ReadonlyMap<string, number>): number {
  const total = (m: ReadonlyMap<string, number>) => [...m.values()].reduce((s, c) => s + c, 0) || 1;
  const ta = total(a);
  const tb = total(b);
  let sum = 0;
  for (const key of new Set([...a.keys(), ...b.keys()])) sum += Math.abs((a.get(key) ?? 0) / ta - (b.get(key) ?? 0) / tb);
  return sum / 2;
}

/** The empirical CDF as (value, F(value)) steps: what the report plots. */
export function empiricalCdf(values: ArrayLike<number>, maxPoints = 400): { x: number; y: number }[] {
  const sorted = Float64Array.from(values).sort();
  const points: { x: number; y: number }[] = [];
  for (let i = 0; i < sorted.length; i++) {
    if (i + 1 < sorted.length && sorted[i + 1] === sorted[i]) continue;
    points.push({ x: sorted[i]!, y: (i + 1) / sorted.length });
  }
  if (points.length <= maxPoints) return points;
  const step = points.length / maxPoints;
  return Array.from({ length: maxPoints }, (_, k) => points[Math.min(points.length - 1, Math.floor((k + 1) * step) - 1)]!);
}

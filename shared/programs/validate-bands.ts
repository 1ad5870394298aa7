import type { Criterion } from '../domain/rubric.ts';
import { formatPoints, isMultipleOf, pointsTolerance } from '../scoring/decimal.ts';
import type { ValidationIssue } from './validation-issue.ts';
import { quoted } from '../text/message-slots.ts';

/** A band as whole steps, so coverage is checked on integers rather than floats. */
interface StepBand {
  readonly index: number;
  readonly label: string;
  readonly from: number;
  readonly to: number;
}

/** Problems with one band on its own: order of bounds, range, step. */
function bandIssues(criterion: Criterion, path: string): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const name = quoted(criterion.title, '未命名指标');
  const tolerance = pointsTolerance(criterion.step);
  const step = formatPoints(criterion.step);
  const labels = new Set<string>();
  criterion.bands.forEach((band, index) => {
    const at = `${path}.bands.${index}`;
    const what = `${name}的档次「${band.label}」`;
    if (labels.has(band.label)) issues.push({ path: `${at}.label`, message: `${name}的档次名称「${band.label}」重复` });
    labels.add(band.label);
    if (band.min > band.max + tolerance) {
      issues.push({ path: at, message: `${what}下限 ${formatPoints(band.min)} 大于上限 ${formatPoints(band.max)}` });
    }
    if (band.max > criterion.maxPoints + tolerance) {
      issues.push({ path: `${at}.max`, message: `${what}上限 ${formatPoints(band.max)} 超过该指标满分 ${formatPoints(criterion.maxPoints)}` });
    }
    if (band.min > criterion.maxPoints + tolerance) {
      issues.push({ path: `${at}.min`, message: `${what}下限 ${formatPoints(band.min)} 超过该指标满分 ${formatPoints(criterion.maxPoints)}` });
    }
    if (!isMultipleOf(band.min, criterion.step)) {
      issues.push({ path: `${at}.min`, message: `${what}下限 ${formatPoints(band.min)} 不是步长 ${step} 的整数倍` });
    }
    if (!isMultipleOf(band.max, criterion.step)) {
      issues.push({ path: `${at}.max`, message: `${what}上限 ${formatPoints(band.max)} 不是步长 ${step} 的整数倍` });
    }
  });
  return issues;
}

/**
 * Problems with a criterion's bands (档次). No bands at all is allowed: many calls give only a
 * maximum per criterion, and the expert then scores without levels. When bands are given, each
 * must be well formed, and every valid score (0, step, 2·step … max) must fall in exactly one:
 * the first uncovered score is reported, and every pair of overlapping bands by label.
 */
export function validateBands(criterion: Criterion, path: string): ValidationIssue[] {
  if (criterion.bands.length === 0) return [];
  const issues = bandIssues(criterion, path);
  // Coverage only makes sense once each band is well formed; the issues above say what to fix first.
  if (issues.length > 0) return issues;
  const { step, title } = criterion;
  const last = Math.floor(criterion.maxPoints / step + 1e-9);
  const bands: StepBand[] = criterion.bands
    .map((band, index) => ({ index, label: band.label, from: Math.round(band.min / step), to: Math.round(band.max / step) }))
    .sort((a, b) => a.from - b.from || a.to - b.to);
  // Sweep in score order: `next` is the first score (in steps) no band has covered yet.
  let next = 0;
  let reaching: StepBand | null = null;
  let uncovered: number | null = null;
  for (const band of bands) {
    if (band.from > next && uncovered === null) uncovered = next;
    if (band.from < next && reaching) {
      issues.push({
        path: `${path}.bands.${band.index}`,
        message: `${quoted(title, '未命名指标')}的档次「${reaching.label}」与「${band.label}」重叠（得分 ${formatPoints(band.from * step)} 同属两档）`,
      });
    }
    if (band.to + 1 > next) {
      next = band.to + 1;
      reaching = band;
    }
  }
  if (uncovered === null && next <= last) uncovered = next;
  if (uncovered !== null) {
    issues.push({ path: `${path}.bands`, message: `${quoted(title, '未命名指标')}的得分 ${formatPoints(uncovered * step)} 不属于任何档次` });
  }
  return issues;
}

// The picture of a claim: its statements over time, one row per stance, one column per month (or quarter,
// or year, when the statements span longer), a mark per statement. Computed here as plain numbers; the
// component draws it as inline SVG at build time, with a table of the same counts as its text equivalent.
import type { Claim, Dataset } from '../pipeline/dataset.ts';
import { stances, type Stance } from '../schemas/stance.ts';

/** How long one column of the chart is. */
export type ChartPeriod = 'month' | 'quarter' | 'year';

/** One column: its label and how many statements of each stance fall in it. */
export interface ChartColumn {
  /** `2026-02`, `2026 Q1` or `2026`. */
  key: string;
  /** As a reader reads it: `Feb 2026`, `Q1 2026`, `2026`. */
  label: string;
  counts: Record<Stance, number>;
}

export interface ClaimChart {
  period: ChartPeriod;
  columns: ChartColumn[];
  /** Statements no report dates: counted apart, not placed on the time axis. */
  undated: Record<Stance, number>;
  /** The most statements of one stance in one column: the height a row needs. */
  tallest: number;
  /** Statements counted, dated and undated; the claim's tallies give the same total. */
  total: number;
}

const stanceOrder = Object.keys(stances) as Stance[];
const noneOfEach = (): Record<Stance, number> => ({ asserts: 0, denies: 0, 'no-evidence': 0, other: 0 });
const monthNames = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Months since year 0 of a `yyyy-mm-dd` day. */
const monthIndex = (day: string) => Number(day.slice(0, 4)) * 12 + Number(day.slice(5, 7)) - 1;

function columnOf(index: number, period: ChartPeriod): { key: string; label: string } {
  const year = Math.floor(index / 12);
  const month = index % 12;
  if (period === 'year') return { key: String(year), label: String(year) };
  if (period === 'quarter') return { key: `${year} Q${Math.floor(month / 3) + 1}`, label: `Q${Math.floor(month / 3) + 1} ${year}` };
  return { key: `${year}-${String(month + 1).padStart(2, '0')}`, label: `${monthNames[month]} ${year}` };
}

/**
 * The chart of a claim's statements, counted as its tallies count them (statements reported only in retracted
 * articles left out), each placed at the earliest day its reports allow.
 */
export function claimChart(dataset: Dataset, claim: Claim): ClaimChart {
  const counted = claim.timeline.filter((entry) => dataset.statementsById.get(entry.statementId)!.reports.some((report) => !report.retracted));
  const dated = counted.flatMap((entry) => {
    const day = dataset.statementsById.get(entry.statementId)!.earliestDay;
    return day === undefined ? [] : [{ stance: entry.stance, month: monthIndex(day) }];
  });
  const undated = noneOfEach();
  for (const entry of counted) if (dataset.statementsById.get(entry.statementId)!.earliestDay === undefined) undated[entry.stance] += 1;

  const first = Math.min(...dated.map((mark) => mark.month));
  const last = Math.max(...dated.map((mark) => mark.month));
  const span = dated.length === 0 ? 0 : last - first + 1;
  const period: ChartPeriod = span <= 24 ? 'month' : span <= 96 ? 'quarter' : 'year';
  const step = period === 'month' ? 1 : period === 'quarter' ? 3 : 12;
  const start = dated.length === 0 ? 0 : period === 'month' ? first : period === 'quarter' ? first - (first % 3) : first - (first % 12);

  const columns: ChartColumn[] = [];
  for (let index = start; dated.length > 0 && index <= last; index += step) columns.push({ ...columnOf(index, period), counts: noneOfEach() });
  for (const mark of dated) columns[Math.floor((mark.month - start) / step)]!.counts[mark.stance] += 1;

  const tallest = Math.max(0, ...columns.flatMap((column) => stanceOrder.map((stance) => column.counts[stance])));
  return { period, columns, undated, tallest, total: counted.length };
}

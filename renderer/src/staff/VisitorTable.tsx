// Runs in: renderer. Visitor statistics as a table: today next to all days together.
import type { DailyTotals } from '../../../common/ipc-contract';
import { formatMinutesSeconds } from './staff-format';

export function VisitorTable({
  today,
  total,
}: {
  today: DailyTotals;
  total: Omit<DailyTotals, 'date'>;
}) {
  const rows: [string, (totals: Omit<DailyTotals, 'date'>) => string | number][] = [
    ['Sessions', (totals) => totals.sessions],
    ['Average session', (totals) => formatMinutesSeconds(totals.averageSessionSeconds)],
    ['Hero views', (totals) => totals.heroViews],
    ['Stories opened', (totals) => totals.storyOpens],
    ['Idle resets', (totals) => totals.resets],
    ['Language: Kazakh', (totals) => totals.languages.kk],
    ['Language: Russian', (totals) => totals.languages.ru],
    ['Language: English', (totals) => totals.languages.en],
  ];
  return (
    <table className="staff-table">
      <thead>
        <tr>
          <th scope="col">
            <span className="staff-visually-hidden">Measure</span>
          </th>
          <th scope="col">Today</th>
          <th scope="col">All days</th>
        </tr>
      </thead>
      <tbody>
        {rows.map(([label, value]) => (
          <tr key={label}>
            <th scope="row">{label}</th>
            <td>{value(today)}</td>
            <td>{value(total)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

// Runs in: renderer. Visitor statistics as a table: today next to all days together.
import type { DailyTotals } from '../../../common/ipc-contract';
import { LANGUAGE_ORDER } from '../i18n/ui-strings';
import { formatCount, formatMinutesSeconds } from './staff-format';
import { useStaffStrings } from './use-staff-strings';

export function VisitorTable({
  today,
  total,
}: {
  today: DailyTotals;
  total: Omit<DailyTotals, 'date'>;
}) {
  const { strings, language } = useStaffStrings();
  const count = (value: number): string => formatCount(value, language);
  const rows: [string, (totals: Omit<DailyTotals, 'date'>) => string][] = [
    [strings.sessions, (totals) => count(totals.sessions)],
    [strings.averageSession, (totals) => formatMinutesSeconds(totals.averageSessionSeconds)],
    [strings.heroViews, (totals) => count(totals.heroViews)],
    [strings.storyOpens, (totals) => count(totals.storyOpens)],
    [strings.idleResets, (totals) => count(totals.resets)],
    ...LANGUAGE_ORDER.map((row): [string, (totals: Omit<DailyTotals, 'date'>) => string] => [
      strings.languageRow[row],
      (totals) => count(totals.languages[row]),
    ]),
  ];
  return (
    <table className="staff-table">
      <thead>
        <tr>
          <th scope="col">
            <span className="staff-visually-hidden">{strings.measure}</span>
          </th>
          <th scope="col">{strings.today}</th>
          <th scope="col">{strings.allDays}</th>
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

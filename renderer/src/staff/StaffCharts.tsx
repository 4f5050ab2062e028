// Runs in: renderer. Two small inline SVG charts for the staff panel: sessions in each hour of today,
// and hero views over all days. Plain SVG, no chart library: a few bars are all that is needed.
import { chartCeiling, formatCount } from './staff-format';
import { useStaffStrings } from './use-staff-strings';

const HOURLY_WIDTH = 480;
const HOURLY_HEIGHT = 150;
const HOURLY_TOP = 14;
const HOURLY_AXIS = 22;

export function SessionsPerHourChart({
  counts,
  currentHour,
}: {
  counts: number[];
  currentHour: number;
}) {
  const { strings, language } = useStaffStrings();
  const ceiling = chartCeiling(Math.max(0, ...counts));
  const plotHeight = HOURLY_HEIGHT - HOURLY_TOP - HOURLY_AXIS;
  const slot = HOURLY_WIDTH / 24;
  const total = counts.reduce((sum, count) => sum + count, 0);
  return (
    <figure className="staff-chart">
      <figcaption className="staff-chart__caption">
        {strings.sessionsPerHour}{' '}
        <span className="staff-chart__scale">{strings.scale(formatCount(ceiling, language))}</span>
      </figcaption>
      <svg
        className="staff-chart__svg"
        viewBox={`0 0 ${HOURLY_WIDTH} ${HOURLY_HEIGHT}`}
        role="img"
        aria-label={strings.sessionsChartLabel(
          formatCount(total, language),
          formatCount(Math.max(0, ...counts), language),
        )}
      >
        <line
          className="staff-chart__grid"
          x1="0"
          x2={HOURLY_WIDTH}
          y1={HOURLY_TOP}
          y2={HOURLY_TOP}
        />
        <line
          className="staff-chart__axis"
          x1="0"
          x2={HOURLY_WIDTH}
          y1={HOURLY_TOP + plotHeight}
          y2={HOURLY_TOP + plotHeight}
        />
        {counts.map((count, hour) => {
          const height = (count / ceiling) * plotHeight;
          return (
            <rect
              key={hour}
              className={
                hour === currentHour ? 'staff-chart__bar staff-chart__bar--now' : 'staff-chart__bar'
              }
              x={hour * slot + slot * 0.15}
              width={slot * 0.7}
              y={HOURLY_TOP + plotHeight - height}
              height={Math.max(height, count > 0 ? 2 : 0)}
              rx="2"
            />
          );
        })}
        {[0, 6, 12, 18, 23].map((hour) => (
          <text
            key={hour}
            className="staff-chart__label"
            x={hour * slot + slot / 2}
            y={HOURLY_HEIGHT - 4}
            textAnchor="middle"
          >
            {String(hour).padStart(2, '0')}
          </text>
        ))}
      </svg>
    </figure>
  );
}

export interface HeroViewsRow {
  heroId: string;
  name: string;
  views: number;
}

/** One row per hero: the name as text (it wraps and truncates like text), the bar as SVG. */
export function HeroViewsChart({
  rows,
  hiddenCount,
}: {
  rows: HeroViewsRow[];
  hiddenCount: number;
}) {
  const { strings, language } = useStaffStrings();
  const ceiling = chartCeiling(Math.max(0, ...rows.map((row) => row.views)));
  return (
    <figure className="staff-chart">
      <figcaption className="staff-chart__caption">
        {strings.viewsPerHero}
        {hiddenCount > 0 && (
          <span className="staff-chart__scale">
            {' '}
            {strings.topAndMore(
              formatCount(rows.length, language),
              formatCount(hiddenCount, language),
            )}
          </span>
        )}
      </figcaption>
      {rows.length === 0 ? (
        <p className="staff-chart__empty">{strings.noViews}</p>
      ) : (
        <ol className="staff-hero-bars">
          {rows.map((row) => (
            <li key={row.heroId} className="staff-hero-bars__row">
              <span className="staff-hero-bars__name">{row.name}</span>
              <svg
                className="staff-hero-bars__bar"
                viewBox="0 0 100 10"
                preserveAspectRatio="none"
                aria-hidden="true"
              >
                <rect
                  className="staff-chart__bar"
                  x="0"
                  y="0"
                  width={Math.max((row.views / ceiling) * 100, 1)}
                  height="10"
                />
              </svg>
              <span className="staff-hero-bars__value">{formatCount(row.views, language)}</span>
            </li>
          ))}
        </ol>
      )}
    </figure>
  );
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { placeDot, ringDistances, spreadOverlaps, unitsPerKm, type LatLng } from '../gig-map';

const SIZE = 300;
const PADDING = 14;

/**
 * The gigs around a point as numbered dots (no map tiles: none are reachable offline), north up, with rings at round
 * distances. A dot's number is the card's; tapping one picks its card. Gigs beyond the radius sit on the outer ring.
 */
export function GigDotMap({
  center,
  radiusKm,
  gigs,
  activeId,
  onSelect,
}: {
  center: LatLng;
  radiusKm: number;
  gigs: readonly { id: string; lat: number; lng: number; title: string }[];
  activeId?: string | null;
  onSelect?: (gigId: string) => void;
}) {
  const { t } = useTranslation();
  const frame = useMemo(() => ({ size: SIZE, radiusKm, padding: PADDING }), [radiusKm]);
  const dots = useMemo(() => spreadOverlaps(gigs.map((g) => placeDot(center, g, frame))), [gigs, center, frame]);
  const scale = unitsPerKm(frame);
  const half = SIZE / 2;

  return (
    <svg
      className="gig-dot-map"
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      role="img"
      aria-label={t('gigs.nearby.map')}
      data-testid="gig-dot-map"
      data-count={gigs.length}
    >
      {ringDistances(radiusKm).map((km) => (
        <g key={km}>
          <circle className="gig-dot-map-ring" cx={half} cy={half} r={km * scale} />
          <text className="gig-dot-map-ring-label" x={half + km * scale - 3} y={half - 4} textAnchor="end">
            {km >= 1 ? t('gigs.distance.km', { value: km }) : t('gigs.distance.m', { value: km * 1000 })}
          </text>
        </g>
      ))}
      <text className="gig-dot-map-axis" x={half} y={11} textAnchor="middle">
        N
      </text>
      <circle className="gig-dot-map-center" cx={half} cy={half} r={6} data-testid="gig-dot-map-center">
        <title>{t('gigs.nearby.mapLegendMe')}</title>
      </circle>
      {gigs.map((g, i) => {
        const dot = dots[i];
        const active = g.id === activeId;
        return (
          <g
            key={g.id}
            className={`gig-dot${dot.outside ? ' gig-dot-outside' : ''}${active ? ' gig-dot-active' : ''}`}
            transform={`translate(${dot.x} ${dot.y})`}
            onClick={() => onSelect?.(g.id)}
            onKeyDown={(e) => {
              if (e.key === 'Enter' || e.key === ' ') onSelect?.(g.id);
            }}
            tabIndex={0}
            role="button"
            aria-label={g.title}
            data-testid="gig-dot"
            data-gig-id={g.id}
          >
            <title>{g.title}</title>
            <circle r={active ? 10 : 8} />
            <text textAnchor="middle" dy="3.5">
              {i + 1}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

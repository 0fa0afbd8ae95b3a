import { ApplicationStatus, PriorityGroup } from '@jobbridge/contracts';
import { FunnelApplication, FunnelImpression, FunnelViewer, liveRoomFunnel, NO_PRIORITY_GROUP, UNKNOWN_COUNTY } from './live-room-funnel';

const A = ApplicationStatus;
const viewers: FunnelViewer[] = [
  { viewerKey: 'u1', countyCode: '622921', priorityGroups: [PriorityGroup.POVERTY_ALLEVIATED] },
  { viewerKey: 'u2', countyCode: '622921', priorityGroups: [PriorityGroup.GRADUATE, PriorityGroup.YOUTH] },
  { viewerKey: 'u3', countyCode: '622901', priorityGroups: [] },
  { viewerKey: 'anon-1', countyCode: null, priorityGroups: [] },
];
const impressions: FunnelImpression[] = [
  { jobPostingId: 'j1', viewerKey: 'u1' },
  { jobPostingId: 'j1', viewerKey: 'u1' }, // pinned twice: one impression
  { jobPostingId: 'j1', viewerKey: 'u2' },
  { jobPostingId: 'j1', viewerKey: 'u3' },
  { jobPostingId: 'j1', viewerKey: 'anon-1' },
  { jobPostingId: 'j2', viewerKey: 'u2' },
];
const applications: FunnelApplication[] = [
  { jobPostingId: 'j1', viewerKey: 'u1', furthest: A.HIRED },
  { jobPostingId: 'j1', viewerKey: 'u2', furthest: A.INTERVIEW },
  { jobPostingId: 'j2', viewerKey: 'u2', furthest: A.SUBMITTED },
  { jobPostingId: 'j1', viewerKey: 'u3', furthest: A.OFFER },
];
const labels: Record<string, string> = { '622921': '临夏县', '622901': '临夏市' };

describe('liveRoomFunnel', () => {
  const f = liveRoomFunnel(viewers, impressions, applications, (c) => labels[c] ?? c);

  it('counts unique impressions, applications, interviews (interview or beyond) and hires', () => {
    expect(f.total).toEqual({ viewers: 4, impressions: 5, applications: 4, interviews: 3, hires: 1 });
  });

  it('per job, most seen first', () => {
    expect(f.byJob).toMatchObject([
      { jobPostingId: 'j1', viewers: 0, impressions: 4, applications: 3, interviews: 3, hires: 1 },
      { jobPostingId: 'j2', viewers: 0, impressions: 1, applications: 1, interviews: 0, hires: 0 },
    ]);
  });

  it('per job by county and priority group', () => {
    const j1 = f.byJob[0];
    expect(j1.byCounty).toEqual([
      { key: '622921', label: '临夏县', viewers: 0, impressions: 2, applications: 2, interviews: 2, hires: 1 },
      { key: '622901', label: '临夏市', viewers: 0, impressions: 1, applications: 1, interviews: 1, hires: 0 },
      { key: UNKNOWN_COUNTY, label: '未登录或未填写', viewers: 0, impressions: 1, applications: 0, interviews: 0, hires: 0 },
    ]);
    expect(j1.byPriorityGroup.find((r) => r.key === PriorityGroup.POVERTY_ALLEVIATED)).toMatchObject({
      impressions: 1,
      applications: 1,
      hires: 1,
    });
    expect(f.byJob[1].byPriorityGroup.map((r) => r.key).sort()).toEqual([PriorityGroup.GRADUATE, PriorityGroup.YOUTH].sort());
  });

  it('by county, with anonymous viewers apart', () => {
    expect(f.byCounty).toEqual([
      { key: '622921', label: '临夏县', viewers: 2, impressions: 3, applications: 3, interviews: 2, hires: 1 },
      { key: '622901', label: '临夏市', viewers: 1, impressions: 1, applications: 1, interviews: 1, hires: 0 },
      { key: UNKNOWN_COUNTY, label: '未登录或未填写', viewers: 1, impressions: 1, applications: 0, interviews: 0, hires: 0 },
    ]);
  });

  it('by priority group, a person in two groups counting in both', () => {
    const row = (key: string) => f.byPriorityGroup.find((r) => r.key === key);
    expect(row(PriorityGroup.POVERTY_ALLEVIATED)).toMatchObject({
      label: '脱贫劳动力',
      viewers: 1,
      impressions: 1,
      applications: 1,
      hires: 1,
    });
    expect(row(PriorityGroup.GRADUATE)).toMatchObject({ viewers: 1, impressions: 2, applications: 2, interviews: 1, hires: 0 });
    expect(row(PriorityGroup.YOUTH)).toMatchObject({ viewers: 1, impressions: 2, applications: 2 });
    expect(row(NO_PRIORITY_GROUP)).toMatchObject({ label: '无重点群体标签', viewers: 2, impressions: 2, applications: 1 });
  });

  it('is all zeros for an empty room', () => {
    expect(liveRoomFunnel([], [], [])).toEqual({
      total: { viewers: 0, impressions: 0, applications: 0, interviews: 0, hires: 0 },
      byJob: [],
      byCounty: [],
      byPriorityGroup: [],
    });
  });

  it('counts an application from someone not in the viewer list under unknown county and no group', () => {
    const r = liveRoomFunnel([], [], [{ jobPostingId: 'j1', viewerKey: 'ghost', furthest: A.VIEWED }]);
    expect(r.byCounty).toEqual([
      { key: UNKNOWN_COUNTY, label: '未登录或未填写', viewers: 0, impressions: 0, applications: 1, interviews: 0, hires: 0 },
    ]);
  });
});

// The gig market (零工市场, issue 15): schedules, pay, the site and grades.
export * from './gig-grades';
export * from './gig-match';
export * from './gig-pay';
export * from './gig-policy';
export * from './gig-schedule';
export * from './gig-site';

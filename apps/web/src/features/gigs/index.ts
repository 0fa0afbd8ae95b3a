// Public surface of the gig market (零工市场, issue 15) for other features' pages: a gig's card and the worker's gig
// pushes (gig.offered, gig.place_changed). The pages are routed in app/routes.tsx, each its own chunk.
export { GigCard } from './components/GigCard';
export { useGigPushes } from './use-gig-pushes';

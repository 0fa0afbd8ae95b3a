import { Badge } from 'antd';
import type { ReactNode } from 'react';
import { useUnreadAlertCount } from '../use-search-alerts';

/** Wraps a nav label with the number of unread search alerts (nothing when there are none). */
export function UnreadAlertsBadge({ children }: { children: ReactNode }) {
  const count = useUnreadAlertCount();
  return (
    <Badge count={count} size="small" offset={[6, -2]} overflowCount={99} data-testid="nav-subscriptions-unread" data-count={count}>
      {children}
    </Badge>
  );
}

import { useTranslation } from 'react-i18next';
import { UnreadAlertsBadge } from '../features/saved-searches';
import type { NavItem } from './nav-items';

/** A nav entry's text, with its count badge when it has one. */
export function NavLabel({ item }: { item: NavItem }) {
  const { t } = useTranslation();
  const label = t(item.labelKey);
  return item.badge === 'searchAlerts' ? <UnreadAlertsBadge>{label}</UnreadAlertsBadge> : label;
}

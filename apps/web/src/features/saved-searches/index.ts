// Public surface of the saved-searches feature (订阅与提醒): the job list's 保存搜索 button and the nav badge.
// The page (/me/subscriptions) is loaded by the router from pages/SubscriptionsPage.
export { SaveSearchButton } from './components/SaveSearchButton';
export { UnreadAlertsBadge } from './components/UnreadAlertsBadge';

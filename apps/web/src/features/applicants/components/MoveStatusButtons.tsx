import { ApplicationStatus } from '@jobbridge/contracts';
import { Button, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { EMPLOYER_MOVES, employerCanMove, type EmployerMove } from '../employer-moves';

/** 标记已查看 / 邀请面试 / 发放录用意向 / 确认入职 / 不合适: only the moves allowed from the current status. */
export function MoveStatusButtons({
  status,
  busy,
  onMove,
}: {
  status: ApplicationStatus;
  busy: boolean;
  onMove: (to: EmployerMove) => void;
}) {
  const { t } = useTranslation();
  const moves = EMPLOYER_MOVES.filter((to) => employerCanMove(status, to));
  if (!moves.length) return null;
  return (
    <Space size={8} wrap>
      {moves.map((to) => (
        <Button
          key={to}
          size="small"
          type={to === ApplicationStatus.REJECTED ? 'default' : 'primary'}
          ghost={to !== ApplicationStatus.REJECTED}
          danger={to === ApplicationStatus.REJECTED}
          disabled={busy}
          onClick={() => onMove(to)}
          data-testid={`move-status-${to}`}
        >
          {t(`employer.applicants.actions.${to}`)}
        </Button>
      ))}
    </Space>
  );
}

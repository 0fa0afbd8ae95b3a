import { FlagOutlined } from '@ant-design/icons';
import { Role, type ReportTargetType } from '@jobbridge/contracts';
import { Button, type ButtonProps } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { loginPath, useAuth } from '../../auth';
import { ReportModal } from './ReportModal';

/**
 * 举报 on a posting, a live room or a fair booth. Seekers open the report form; a visitor who is not signed in is sent
 * to sign in first; employers and officers see nothing (only seekers report). Test id: `report-button`.
 */
export function ReportButton({
  targetType,
  targetId,
  size = 'middle',
  type = 'default',
}: {
  targetType: ReportTargetType;
  targetId: string;
  size?: ButtonProps['size'];
  type?: ButtonProps['type'];
}) {
  const { t } = useTranslation();
  const { role } = useAuth();
  const navigate = useNavigate();
  const location = useLocation();
  const [open, setOpen] = useState(false);
  if (role && role !== Role.JOB_SEEKER) return null;

  const onClick = () => {
    if (!role) navigate(loginPath(`${location.pathname}${location.search}`));
    else setOpen(true);
  };

  return (
    <>
      <Button
        size={size}
        type={type}
        danger
        icon={<FlagOutlined />}
        onClick={onClick}
        data-testid="report-button"
        data-target-type={targetType}
      >
        {t('oversight.report.button')}
      </Button>
      {open ? <ReportModal targetType={targetType} targetId={targetId} onClose={() => setOpen(false)} /> : null}
    </>
  );
}

import { App } from 'antd';
import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';

/** For EMPLOYER_PROFILE_REQUIRED: explain and offer to go to the company form. Returns true (handled). */
export function useProfileRequiredPrompt() {
  const { t } = useTranslation();
  const { modal } = App.useApp();
  const navigate = useNavigate();
  return useCallback(() => {
    modal.confirm({
      title: t('employer.jobs.profileRequired'),
      okText: t('employer.jobs.goCompany'),
      cancelText: t('common.cancel'),
      onOk: () => navigate('/employer/company'),
    });
    return true;
  }, [modal, navigate, t]);
}

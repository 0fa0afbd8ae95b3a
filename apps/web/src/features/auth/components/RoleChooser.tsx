import { ShopOutlined, UserOutlined } from '@ant-design/icons';
import { Role } from '@jobbridge/contracts';
import { Radio, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type RegisterRole = Role.JOB_SEEKER | Role.EMPLOYER;

/** Two large choices (求职者 / 用人单位) for the registration form; a controlled form input. */
export function RoleChooser({ value, onChange }: { value?: RegisterRole; onChange?: (role: RegisterRole) => void }) {
  const { t } = useTranslation();
  const choices = [
    { role: Role.JOB_SEEKER, icon: <UserOutlined />, title: t('auth.roleSeeker'), hint: t('auth.roleSeekerHint') },
    { role: Role.EMPLOYER, icon: <ShopOutlined />, title: t('auth.roleEmployer'), hint: t('auth.roleEmployerHint') },
  ] as const;
  return (
    <Radio.Group
      value={value}
      onChange={(e) => onChange?.(e.target.value as RegisterRole)}
      className="role-chooser"
      data-testid="register-role"
    >
      {choices.map((c) => (
        <Radio.Button key={c.role} value={c.role} className="role-chooser-option" data-testid={`register-role-${c.role}`}>
          <span className="role-chooser-icon">{c.icon}</span>
          <span>
            <strong>{c.title}</strong>
            <Typography.Text type="secondary" className="role-chooser-hint">
              {c.hint}
            </Typography.Text>
          </span>
        </Radio.Button>
      ))}
    </Radio.Group>
  );
}

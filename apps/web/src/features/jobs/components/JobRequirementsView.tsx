import { Card, Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import type { JobDetailData } from '../jobs.graphql';

/** Education, experience, certificates and skills the posting asks for; "不限" where it asks for nothing. */
export function JobRequirementsView({ requirements, skills }: { requirements: JobDetailData['requirements']; skills: string[] }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const { education, minExperienceYears, certificates } = requirements;

  return (
    <Card title={t('jobs.detail.requirements')} data-testid="job-requirements">
      <Descriptions
        column={1}
        size="small"
        items={[
          {
            key: 'education',
            label: t('jobs.detail.education'),
            children: education ? label('education', education) : t('jobs.detail.educationAny'),
          },
          {
            key: 'experience',
            label: t('jobs.detail.experience'),
            children: minExperienceYears ? t('jobs.detail.experienceYears', { count: minExperienceYears }) : t('jobs.detail.experienceAny'),
          },
          {
            key: 'certificates',
            label: t('jobs.detail.certificates'),
            children: certificates.length ? (
              <Space size={4} wrap>
                {certificates.map((c, i) => (
                  <Tag key={`${c.name}-${i}`} color="gold">
                    {c.name}
                    {c.level ? ` · ${label('certificateLevel', c.level)}` : ''}
                  </Tag>
                ))}
              </Space>
            ) : (
              t('jobs.detail.certificatesNone')
            ),
          },
          {
            key: 'skills',
            label: t('jobs.detail.skills'),
            children: skills.length ? (
              <Space size={4} wrap data-testid="job-skills">
                {skills.map((s) => (
                  <Tag key={s}>{s}</Tag>
                ))}
              </Space>
            ) : (
              t('jobs.detail.skillsNone')
            ),
          },
        ]}
      />
    </Card>
  );
}

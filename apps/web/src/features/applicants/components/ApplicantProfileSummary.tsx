import { Descriptions, Space, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import { useEnumLabel } from '../../../shared/enums/enum-labels';
import { formatPay } from '../../../shared/utils/format';
import type { ApplicantProfile } from '../applicants.graphql';

/** The labour profile as the employer sees it (phone and 身份证号 masked by the API). */
export function ApplicantProfileSummary({ applicant }: { applicant: ApplicantProfile }) {
  const { t } = useTranslation();
  const label = useEnumLabel();
  const notSet = t('common.notSet');
  const certificates = applicant.certificates.map((c) => (c.level ? `${c.name}（${label('certificateLevel', c.level)}）` : c.name));

  return (
    <Descriptions
      size="small"
      column={{ xs: 1, sm: 2, lg: 3 }}
      items={[
        {
          key: 'phone',
          label: t('employer.applicants.phone'),
          children: <span data-testid="applicant-phone">{applicant.phoneMasked ?? notSet}</span>,
        },
        {
          key: 'id',
          label: t('employer.applicants.idNumber'),
          children: <span data-testid="applicant-id-number">{applicant.idNumberMasked ?? notSet}</span>,
        },
        {
          key: 'education',
          label: t('employer.applicants.education'),
          children: applicant.education ? label('education', applicant.education) : notSet,
        },
        { key: 'major', label: t('employer.applicants.major'), children: applicant.major || notSet },
        { key: 'residence', label: t('employer.applicants.residence'), children: applicant.residenceRegion?.fullName ?? notSet },
        { key: 'hukou', label: t('employer.applicants.hukou'), children: applicant.hukouRegion?.fullName ?? notSet },
        {
          key: 'pay',
          label: t('employer.applicants.expectedPay'),
          children:
            applicant.expectedPayMin != null || applicant.expectedPayMax != null
              ? formatPay(t, applicant.expectedPayMin, applicant.expectedPayMax)
              : notSet,
        },
        {
          key: 'skills',
          label: t('employer.applicants.skills'),
          span: { xs: 1, sm: 2, lg: 3 },
          children: applicant.skills.length ? (
            <Space size={4} wrap>
              {applicant.skills.map((s) => (
                <Tag key={s}>{s}</Tag>
              ))}
            </Space>
          ) : (
            notSet
          ),
        },
        {
          key: 'certificates',
          label: t('employer.applicants.certificates'),
          span: { xs: 1, sm: 2, lg: 3 },
          children: certificates.length ? certificates.join('、') : notSet,
        },
      ]}
    />
  );
}

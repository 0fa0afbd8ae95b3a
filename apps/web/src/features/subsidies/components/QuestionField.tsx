import { CERTIFICATE_LEVELS } from '@jobbridge/domain';
import { DatePicker, Form, InputNumber, Radio, Select } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useTranslation } from 'react-i18next';
import { EnumSelect } from '../../../shared/components/EnumSelect';
import { EMPLOYER_SIZES, JOB_KINDS, PRIORITY_GROUPS } from '../../../shared/enums/enum-values';
import { RegionCascader } from '../../../shared/regions';
import { isWholeNumberAnswer, type AnswerKey, type QuestionType } from '../subsidy-answers';

/** Numbers a person may type: within what GraphQL's Int carries. */
const MAX_NUMBER = 100_000_000;

/**
 * One "我能享受什么？" question as the control its type calls for. Form values stay plain (a date as "YYYY-MM-DD", a
 * yes/no as a boolean, a region as the cascader's path, a share in percent) and `buildSubsidyAnswers` turns them into
 * the API's answers. Test ids: `estimate-<key>`.
 */
export function QuestionField({ question }: { question: { key: AnswerKey; text: string; type: QuestionType } }) {
  const { t } = useTranslation();
  const testId = `estimate-${question.key}`;
  const common = { name: question.key, label: question.text } as const;
  switch (question.type) {
    case 'groups':
      return (
        <Form.Item {...common}>
          <EnumSelect
            group="priorityGroup"
            values={PRIORITY_GROUPS}
            mode="multiple"
            allowClear
            placeholder={t('subsidies.estimate.placeholder')}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'date':
      return (
        <Form.Item
          {...common}
          getValueProps={(value: string | undefined) => ({ value: value ? dayjs(value) : undefined })}
          normalize={(value: Dayjs | null) => (value ? value.format('YYYY-MM-DD') : undefined)}
        >
          <DatePicker style={{ width: '100%' }} data-testid={testId} />
        </Form.Item>
      );
    case 'number':
      return (
        <Form.Item {...common}>
          <InputNumber
            style={{ width: '100%' }}
            min={0}
            max={MAX_NUMBER}
            precision={isWholeNumberAnswer(question.key) ? 0 : 2}
            inputMode={isWholeNumberAnswer(question.key) ? 'numeric' : 'decimal'}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'share':
      return (
        <Form.Item {...common}>
          <InputNumber style={{ width: '100%' }} min={0} max={100} precision={1} suffix="%" inputMode="decimal" data-testid={testId} />
        </Form.Item>
      );
    case 'boolean':
      return (
        <Form.Item
          {...common}
          getValueProps={(value: boolean | undefined) => ({ value: value === true ? 'yes' : value === false ? 'no' : 'unknown' })}
          normalize={(value: string) => (value === 'yes' ? true : value === 'no' ? false : undefined)}
        >
          <Radio.Group
            optionType="button"
            options={[
              { value: 'yes', label: t('subsidies.estimate.yes') },
              { value: 'no', label: t('subsidies.estimate.no') },
              { value: 'unknown', label: t('subsidies.estimate.unknown') },
            ]}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'employerSize':
      return (
        <Form.Item {...common}>
          <EnumSelect
            group="employerSize"
            values={EMPLOYER_SIZES}
            allowClear
            placeholder={t('subsidies.estimate.placeholder')}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'jobKind':
      return (
        <Form.Item {...common}>
          <EnumSelect
            group="jobKind"
            values={JOB_KINDS}
            allowClear
            placeholder={t('subsidies.estimate.placeholder')}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'certificateLevel':
      return (
        <Form.Item {...common}>
          <Select
            allowClear
            placeholder={t('subsidies.estimate.placeholder')}
            options={CERTIFICATE_LEVELS.map((level) => ({ value: level, label: level }))}
            optionRender={(option) => <span data-testid={`${testId}-option-${String(option.value)}`}>{option.label}</span>}
            data-testid={testId}
          />
        </Form.Item>
      );
    case 'region':
      return (
        <Form.Item {...common}>
          <RegionCascader anyLevel allowClear data-testid={testId} />
        </Form.Item>
      );
  }
}

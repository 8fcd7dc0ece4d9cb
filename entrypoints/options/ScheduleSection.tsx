import type { ReactNode } from 'react';
import { Field } from '../../components/Field';
import { SchedulePreview } from '../../components/SchedulePreview';
import type { Settings } from '../../lib/core';
import { previewSchedule } from '../../lib/dunning/preview';
import { formatDate } from '../../lib/format';
import { localeOf, t } from '../../lib/i18n';
import { STAGE_LABEL } from '../../lib/i18n/stages';
import { sampleInvoice } from '../../lib/templates';
import { numberOf, shown, type SectionProps } from './section';

type Schedule = Settings['schedule'];
type NumberKey = { [K in keyof Schedule]: Schedule[K] extends number ? K : never }[keyof Schedule];
type SwitchKey = { [K in keyof Schedule]: Schedule[K] extends boolean ? K : never }[keyof Schedule];

/** Each stage: on or off, and when (before or after the due date, or after the previous reminder). */
const STAGES: {
  stage: keyof typeof STAGE_LABEL;
  on?: SwitchKey;
  days?: NumberKey;
  unit: 'settingsDaysBeforeDue' | 'settingsDaysAfterDue' | 'settingsDaysAfterPrevious';
}[] = [
  { stage: 'courtesy', on: 'courtesyEnabled', days: 'courtesyDaysBefore', unit: 'settingsDaysBeforeDue' },
  { stage: 'call', on: 'callEnabled', days: 'callDaysAfter', unit: 'settingsDaysAfterDue' },
  { stage: 'reminder1', days: 'reminder1DaysAfter', unit: 'settingsDaysAfterDue' },
  { stage: 'reminder2', on: 'reminder2Enabled', days: 'reminder2GapDays', unit: 'settingsDaysAfterPrevious' },
  { stage: 'formal-notice', on: 'formalNoticeEnabled', days: 'formalNoticeGapDays', unit: 'settingsDaysAfterPrevious' },
  { stage: 'litigation', on: 'litigationEnabled', days: 'litigationGapDays', unit: 'settingsDaysAfterPrevious' },
  { stage: 'thank-you', on: 'thankYouEnabled', unit: 'settingsDaysAfterDue' },
];

/** The schedule, its working days and check hour, and the dates it gives a sample invoice. */
export function ScheduleSection({ lang, draft, errors, today, update }: SectionProps) {
  const s = draft.schedule;
  const setNumber = (key: NumberKey, el: HTMLInputElement) => update({ schedule: { [key]: numberOf(el) } });
  const number = (key: NumberKey, label?: string) => (
    <input
      type="number"
      aria-label={label}
      value={shown(s[key])}
      aria-invalid={!!errors[`schedule.${key}`]}
      data-relance-setting={`schedule.${key}`}
      onChange={(e) => setNumber(key, e.currentTarget)}
    />
  );
  const valid = Object.keys(errors).every((k) => !k.startsWith('schedule.'));
  const sample = sampleInvoice(today, lang);
  const steps = valid
    ? previewSchedule(draft, sample).map((x) => ({
        stage: x.stage,
        label: t(STAGE_LABEL[x.stage], lang),
        date: formatDate(x.date, localeOf(lang), 'long'),
      }))
    : [];
  return (
    <fieldset data-relance="settings-schedule">
      <legend>{t('optionsSchedule', lang)}</legend>
      <StagesTable lang={lang} draft={draft} errors={errors} update={update} number={number} />
      <Field
        label={t('settingsFormalNoticeDeadline', lang)}
        name="schedule.formalNoticeDeadlineDays"
        error={errors['schedule.formalNoticeDeadlineDays']}
      >
        {number('formalNoticeDeadlineDays')}
      </Field>
      <Field label={t('settingsMinGap', lang)} name="schedule.minGapDays" error={errors['schedule.minGapDays']}>
        {number('minGapDays')}
      </Field>
      <Field label={t('settingsWorkingDays', lang)} name="workingDays">
        <select
          value={draft.workingDays}
          data-relance-setting="workingDays"
          onChange={(e) => update({ workingDays: e.currentTarget.value as Settings['workingDays'] })}
        >
          <option value="FR">{t('settingsWorkingDaysFR', lang)}</option>
          <option value="GB">{t('settingsWorkingDaysGB', lang)}</option>
          <option value="none">{t('settingsWorkingDaysNone', lang)}</option>
        </select>
      </Field>
      <Field label={t('optionsCheckHour', lang)} name="checkHour" error={errors.checkHour}>
        <input
          type="number"
          min={0}
          max={23}
          value={shown(draft.checkHour)}
          data-relance-setting="checkHour"
          onChange={(e) => update({ checkHour: numberOf(e.currentTarget) })}
        />
      </Field>
      <label className="inline">
        <input
          type="checkbox"
          checked={s.groupPerClient}
          data-relance-setting="schedule.groupPerClient"
          onChange={(e) => update({ schedule: { groupPerClient: e.currentTarget.checked } })}
        />
        {t('settingsGroupPerClient', lang)}
      </label>
      <SchedulePreview
        caption={t('settingsSchedulePreview', lang, formatDate(sample.dueDate, localeOf(lang), 'long'))}
        empty={t('settingsSchedulePreviewEmpty', lang)}
        steps={steps}
      />
    </fieldset>
  );
}

/** Each stage of the schedule: on or off, and its offset or gap in days. */
function StagesTable({
  lang,
  draft,
  errors,
  update,
  number,
}: Pick<SectionProps, 'lang' | 'draft' | 'errors' | 'update'> & { number(key: NumberKey, label?: string): ReactNode }) {
  return (
    <table className="stages">
      <thead>
        <tr>
          <th scope="col">{t('settingsStage', lang)}</th>
          <th scope="col">{t('settingsOn', lang)}</th>
          <th scope="col">{t('settingsWhen', lang)}</th>
        </tr>
      </thead>
      <tbody>
        {STAGES.map((row) => (
          <tr key={row.stage} data-relance-stage-setting={row.stage}>
            <th scope="row">{t(STAGE_LABEL[row.stage], lang)}</th>
            <td>
              {row.on ? (
                <input
                  type="checkbox"
                  checked={draft.schedule[row.on]}
                  aria-label={t('settingsOn', lang)}
                  data-relance-setting={`schedule.${row.on}`}
                  onChange={(e) => update({ schedule: { [row.on!]: e.currentTarget.checked } })}
                />
              ) : (
                '✓'
              )}
            </td>
            <td>
              {row.days && (
                <>
                  {number(row.days, `${t(STAGE_LABEL[row.stage], lang)}: ${t(row.unit, lang)}`)} {t(row.unit, lang)}
                  {errors[`schedule.${row.days}`] && (
                    <span className="error" role="alert" data-relance-error={`schedule.${row.days}`}>
                      {' '}
                      {errors[`schedule.${row.days}`]}
                    </span>
                  )}
                </>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

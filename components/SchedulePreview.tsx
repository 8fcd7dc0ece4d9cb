export interface SchedulePreviewProps {
  caption: string;
  empty: string;
  /** One row per step: the stage's name and its date as the reader writes it. */
  steps: { stage: string; label: string; date: string }[];
}

/** The dates a schedule gives one invoice, step by step. */
export function SchedulePreview({ caption, empty, steps }: SchedulePreviewProps) {
  return (
    <div className="schedule-preview" data-relance="schedule-preview">
      <p>{caption}</p>
      {steps.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <ol>
          {steps.map((s) => (
            <li key={s.stage} data-relance-stage={s.stage}>
              <span>{s.label}</span> <time>{s.date}</time>
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}

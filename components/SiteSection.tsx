export interface SiteSectionProps {
  host: string;
  enabled: boolean;
  autoTrack: boolean;
  message?: string;
  labels: { enable: string; enabled: string; scan: string; autoTrack: string; teach: string };
  onEnable(): void;
  onScan(): void;
  onTeach(): void;
  onAutoTrack(value: boolean): void;
}

/** The current tab's site: enable capture there (one permission for that site only), or scan once. */
export function SiteSection({ host, enabled, autoTrack, message, labels, onEnable, onScan, onTeach, onAutoTrack }: SiteSectionProps) {
  return (
    <section className="site" data-relance="site" aria-label={host}>
      {enabled ? (
        <>
          <p className="site-on">✓ {labels.enabled}</p>
          <label className="check">
            <input
              type="checkbox"
              checked={autoTrack}
              data-relance-action="auto-track"
              onChange={(e) => onAutoTrack(e.currentTarget.checked)}
            />
            {labels.autoTrack}
          </label>
        </>
      ) : (
        <button type="button" className="primary" data-relance-action="enable-site" onClick={onEnable}>
          {labels.enable}
        </button>
      )}
      <button type="button" className="secondary" data-relance-action="scan-page" onClick={onScan}>
        {labels.scan}
      </button>
      <button type="button" className="secondary" data-relance-action="teach" onClick={onTeach}>
        {labels.teach}
      </button>
      {message && (
        <p className="site-msg" role="status">
          {message}
        </p>
      )}
    </section>
  );
}

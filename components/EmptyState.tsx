export function EmptyState({ title, body }: { title: string; body: string }) {
  return (
    <div className="empty" data-relance="empty-state">
      <svg aria-hidden="true" width="40" height="40" viewBox="0 0 24 24">
        <path fill="currentColor" d="M9 16.2 4.8 12l-1.4 1.4L9 19 21 7l-1.4-1.4z" />
      </svg>
      <h2>{title}</h2>
      <p>{body}</p>
    </div>
  );
}

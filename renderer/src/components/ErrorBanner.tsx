/** A failure the person must see, announced to screen readers. */
export function ErrorBanner({ message }: { message: string }) {
  return (
    <p className="error-banner" role="alert">
      {message}
    </p>
  );
}

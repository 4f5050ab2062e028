// Runs in: renderer. The calm first frame while the content arrives (a fraction of a second).
import './LoadingScreen.css';

export function LoadingScreen() {
  return (
    <main className="loading" aria-busy="true" aria-label="Loading">
      <span className="loading__dot" />
    </main>
  );
}

// React: the ./react entry's component, its props and typed event callbacks.
import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { AkFlowExecutor } from '@ak-widget/flow/react';
import type { FlowRedirectDetail } from '@ak-widget/flow/react';

function App() {
  const [stage, setStage] = useState('');
  const [signedIn, setSignedIn] = useState<FlowRedirectDetail | null>(null);
  if (signedIn) return <p role="status">Signed in (React), next: {signedIn.to}</p>;
  return (
    <main data-stage={stage}>
      <AkFlowExecutor
        slug="demo-login"
        onChallenge={(event) => setStage(event.detail.challenge.component)}
        onRedirect={(event) => {
          // The app routes itself: keep the page, show the signed-in state.
          event.preventDefault();
          setSignedIn(event.detail);
        }}
        onError={(event) => console.error('flow error', event.detail.error)}
      />
    </main>
  );
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);

// <sms-lock> in a React 19 app. Attributes go by their attribute names, events as on<event> in lower
// case with hyphens kept; objects (strings) through a ref, so that they reach the element as
// properties even when sms-lock/define loads after the first render, as it does here.
import { useCallback, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { AuthenticatedDetail, SmsLock } from 'sms-lock';
import type {} from 'sms-lock/react';

const params = new URLSearchParams(location.search);
const domain = params.get('domain') ?? 'YOUR_TENANT.eu.auth0.com';
const clientId = params.get('client-id') ?? 'YOUR_CLIENT_ID';
const strings = { title: 'Sign in to the React example' };

function App() {
  const [signedIn, setSignedIn] = useState<AuthenticatedDetail>();
  const withStrings = useCallback((lock: SmsLock | null) => {
    if (lock) lock.strings = strings;
  }, []);
  if (signedIn) return <p id="signed-in">Signed in ({signedIn.tokenType} token)</p>;
  return <sms-lock ref={withStrings} mode="inline" domain={domain} client-id={clientId} onauthenticated={(event) => setSignedIn(event.detail)} />;
}

createRoot(document.getElementById('root')!).render(<App />);
// The element registers after React rendered it, like a lazily loaded component.
void import('sms-lock/define');

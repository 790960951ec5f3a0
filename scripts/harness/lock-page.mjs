// A page written for Auth0 Lock's passwordless SMS mode, as Lock's docs write it ("Using Passwordless
// Authentication in SPA with SMS"), with only its <script src> changed to sms-lock-lock.min.js: the
// end-to-end test signs in through it, and `npm run screenshots` pictures it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { root, serveStatic } from './demo-stack.mjs';

// Lock's example, placeholders filled in: ${account.clientId}, ${account.namespace} (the local tenant's
// origin: it speaks plain http on loopback) and ${account.callback} (this page). `passwordlessMethod`
// is from Lock's options table; the rest is the docs' text.
export const lockPage = ({ clientId, namespace, callback }) => `<!doctype html>
<html>
<head><meta charset="utf-8"><title>Sign in</title></head>
<body>
<script src="/assets/sms-lock-lock.min.js"></script>
<script type="text/javascript">
   var lock = new Auth0LockPasswordless('${clientId}', '${namespace}', {
    allowedConnections: ['sms'],
    passwordlessMethod: 'code',
    auth: {
      redirectUrl: '${callback}',
      responseType: 'token id_token'
    }
  });

  lock.on('authenticated', function(authResult) {
     localStorage.setItem('id_token', authResult.idToken);
     localStorage.setItem('access_token', authResult.accessToken);
  });

  function login() {
    lock.show(); 
  }
</script>
<a href="javascript:login()">Login</a>
</body>
</html>`;

/**
 * The Lock page at / (its own callback) against the tenant at `tenantUrl`, and the built scripts in
 * /assets/ as deployed: sms-lock-lock.min.js with what it fetches beside itself (auth0-spa-js, the
 * phone rules, the languages). Build first (`npm run build`). Resolves to the server.
 */
export async function serveLockPage(tenantUrl) {
  const asset = (name) => ({ type: 'text/javascript; charset=utf-8', body: readFileSync(join(root, 'dist', name)) });
  const routes = {
    '/assets/sms-lock-lock.min.js': asset('sms-lock-lock.min.js'),
    '/assets/sms-lock-auth0.min.js': asset('sms-lock-auth0.min.js'),
    ...Object.fromEntries(
      ['phone', 'i18n'].flatMap((folder) =>
        readdirSync(join(root, 'dist', folder))
          .filter((name) => name.endsWith('.js'))
          .map((name) => [`/assets/${folder}/${name}`, asset(`${folder}/${name}`)]),
      ),
    ),
  };
  const site = await serveStatic(join(root, 'e2e'), { routes });
  routes['/'] = { type: 'text/html; charset=utf-8', body: lockPage({ clientId: 'sms-lock-demo', namespace: tenantUrl, callback: `${site.url}/` }) };
  return site;
}

// The local tenant the demo pages talk to: `npm start` runs it on port 4000, and `?tenant=<origin>`
// points the pages at another one. Kept for the tab, since links between the pages and the redirect
// back from /authorize (whose callback URL has no query) drop the query.
const given = new URLSearchParams(location.search).get('tenant');
if (given) sessionStorage.setItem('sms-lock-demo:tenant', given);

export const tenant = given ?? sessionStorage.getItem('sms-lock-demo:tenant') ?? 'http://127.0.0.1:4000';

/** auth0-spa-js and its wiring, as a chunk of its own that only the redirect flows load. */
export const loadAuth0Spa = () => import('./auth0-spa.js');

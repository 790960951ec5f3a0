/**
 * Hands the element's events to a hybrid app's native code, the way Lock.iOS's
 * onAuthenticationBlock / onUserDismissBlock did: every event is also posted as
 * `{ "type": "<event name>", "detail": { … } }` to the first bridge found:
 * - iOS WKWebView: `window.webkit.messageHandlers[name].postMessage(message)` (an object);
 * - Android WebView: `window[name].postMessage(json)` (a @JavascriptInterface object, a JSON string);
 * - React Native WebView: `window.ReactNativeWebView.postMessage(json)` (a JSON string).
 */
export interface BridgeMessage {
  type: string;
  detail: unknown;
}

export type PostToNative = (message: BridgeMessage) => void;

interface Postable {
  postMessage(message: unknown): void;
}

const canPost = (value: unknown): value is Postable =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as Postable).postMessage === 'function' &&
  // A same-named frame or element is not a bridge: window.postMessage would talk to a page, not to the app.
  !('window' in value && (value as Window).window === value) &&
  !(typeof Element !== 'undefined' && value instanceof Element);

/** The host app's bridge for `name`, or null when the page runs in a plain browser (or `name` is `off`). */
export function findNativeBridge(name: string, host: Window = window): PostToNative | null {
  if (!name || name === 'off') return null;
  const scope = host as unknown as Record<string, unknown> & {
    webkit?: { messageHandlers?: Record<string, unknown> };
    ReactNativeWebView?: unknown;
  };
  const ios = scope.webkit?.messageHandlers?.[name];
  // Through JSON so the message is plain data whichever side reads it.
  const plain = (message: BridgeMessage) => JSON.stringify(message);
  if (canPost(ios)) return (message) => ios.postMessage(JSON.parse(plain(message)));
  const android = scope[name];
  if (canPost(android)) return (message) => android.postMessage(plain(message));
  const reactNative = scope.ReactNativeWebView;
  if (canPost(reactNative)) return (message) => reactNative.postMessage(plain(message));
  return null;
}

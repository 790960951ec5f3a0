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

/** A property read that can't throw: a frame named like a bridge is a cross-origin WindowProxy, whose properties throw SecurityError. */
function read(from: unknown, key: string): unknown {
  try {
    return typeof from === 'object' && from !== null ? (from as Record<string, unknown>)[key] : undefined;
  } catch {
    return undefined;
  }
}

function canPost(value: unknown): value is Postable {
  try {
    return (
      typeof value === 'object' &&
      value !== null &&
      typeof (value as Postable).postMessage === 'function' &&
      // A same-named frame or element is not a bridge: window.postMessage would talk to a page, not to the app.
      !('window' in value && (value as Window).window === value) &&
      !(typeof Element !== 'undefined' && value instanceof Element)
    );
  } catch {
    return false;
  }
}

const reported = new Set<string>();

/**
 * The host app's bridge for `name`, or null when the page runs in a plain browser (or `name` is `off`).
 * Posting never throws: a bridge that fails is reported once on the console, and the page's own
 * events are not affected.
 */
export function findNativeBridge(name: string, host: Window = window): PostToNative | null {
  if (!name || name === 'off') return null;
  const ios = read(read(read(host, 'webkit'), 'messageHandlers'), name);
  const android = read(host, name);
  const reactNative = read(host, 'ReactNativeWebView');
  // Through JSON so the message is plain data whichever side reads it.
  const plain = (message: BridgeMessage) => JSON.stringify(message);
  const post = canPost(ios)
    ? (message: BridgeMessage) => ios.postMessage(JSON.parse(plain(message)))
    : canPost(android)
      ? (message: BridgeMessage) => android.postMessage(plain(message))
      : canPost(reactNative)
        ? (message: BridgeMessage) => reactNative.postMessage(plain(message))
        : null;
  return (
    post &&
    ((message) => {
      try {
        post(message);
      } catch (error) {
        if (reported.has(name)) return;
        reported.add(name);
        console.warn(`<sms-lock>: the native bridge "${name}" failed; events still reach the page.`, error);
      }
    })
  );
}

// <sms-lock> in an Angular app. CUSTOM_ELEMENTS_SCHEMA lets the template use the element; [name]
// binds a property (strings as the object it is), (name) listens to an event. Strict templates type
// $event from the element's addEventListener (HTMLElementTagNameMap['sms-lock'] is SmsLock), so the
// handler's CustomEvent<AuthenticatedDetail> is checked; property bindings on custom elements are not.
import { Component, CUSTOM_ELEMENTS_SCHEMA, signal } from '@angular/core';
import type { AuthenticatedDetail } from 'sms-lock';

const params = new URLSearchParams(location.search);

@Component({
  selector: 'app-root',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    @if (signedIn(); as signedIn) {
      <p id="signed-in">Signed in ({{ signedIn.tokenType }} token)</p>
    } @else {
      <sms-lock mode="inline" [domain]="domain" [clientId]="clientId" [strings]="strings" (authenticated)="onAuthenticated($event)"></sms-lock>
    }
  `,
})
export class App {
  readonly domain = params.get('domain') ?? 'YOUR_TENANT.eu.auth0.com';
  readonly clientId = params.get('client-id') ?? 'YOUR_CLIENT_ID';
  readonly strings = { title: 'Sign in to the Angular example' };
  readonly signedIn = signal<AuthenticatedDetail | undefined>(undefined);

  onAuthenticated(event: CustomEvent<AuthenticatedDetail>) {
    this.signedIn.set(event.detail);
  }
}

import { bootstrapApplication } from '@angular/platform-browser';
import 'sms-lock/define';
import { App } from './app';

bootstrapApplication(App).catch((error: unknown) => console.error(error));

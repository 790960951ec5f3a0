/// <reference types="vite/client" />
import type {} from 'sms-lock/vue';

import { mount } from 'svelte';
import 'sms-lock/define';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });

import { createApp } from 'vue';
import 'sms-lock/define';
import App from './App.vue';

createApp(App).mount('#app');

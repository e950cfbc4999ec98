export { seedDemo, demoSignInHelp, DEMO_ORGANISATION, DEMO_PASSWORD, DEMO_PEOPLE } from './seed.js';

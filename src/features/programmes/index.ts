// What other features may use of the programmes.
export { seedProgrammesDemo } from './demo.ts';

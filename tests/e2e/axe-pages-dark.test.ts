// axe on every page type in dark mode (the rules about colour). Light mode: axe-pages-light.test.ts.
import { axePageTests } from './axe-pages.ts';

await axePageTests('dark');

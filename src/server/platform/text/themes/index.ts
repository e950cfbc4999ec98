export { suggestThemes, type ThemeItem, type ThemeOptions, type ThemeSuggestion, type Theme } from './suggest.js';
export { runThemesInWorker } from './run-in-worker.js';
export { evaluateThemes, adjustedMutualInformation, type ThemeScore } from './evaluate.js';

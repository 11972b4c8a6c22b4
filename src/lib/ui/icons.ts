/**
 * The lesson's icons, one import per icon (Lucide), named by what they mean here so that every page
 * uses the same picture for the same thing. Only the icons a page imports ship with it.
 * Decorative by default (Lucide adds aria-hidden when no label is given): always put text beside one.
 */
export { default as IconExplainer } from '@lucide/svelte/icons/book-open-text';
export { default as IconTimeline } from '@lucide/svelte/icons/calendar-range';
export { default as IconChart } from '@lucide/svelte/icons/chart-line';
export { default as IconQuiz } from '@lucide/svelte/icons/list-checks';
export { default as IconGlossary } from '@lucide/svelte/icons/book-a';
export { default as IconTeacher } from '@lucide/svelte/icons/graduation-cap';
export { default as IconJoin } from '@lucide/svelte/icons/users';
export { default as IconMenu } from '@lucide/svelte/icons/menu';
export { default as IconClose } from '@lucide/svelte/icons/x';
export { default as IconLanguage } from '@lucide/svelte/icons/languages';
export { default as IconTextSize } from '@lucide/svelte/icons/a-large-small';
export { default as IconSources } from '@lucide/svelte/icons/file-text';
export { default as IconEstimate } from '@lucide/svelte/icons/equal-approximately';
export { default as IconPrint } from '@lucide/svelte/icons/printer';
export { default as IconShare } from '@lucide/svelte/icons/share-2';
export { default as IconPlace } from '@lucide/svelte/icons/map-pin';
export { default as IconRight } from '@lucide/svelte/icons/circle-check';
export { default as IconWrong } from '@lucide/svelte/icons/circle-x';
export { default as IconNext } from '@lucide/svelte/icons/arrow-right';
export { default as IconSearch } from '@lucide/svelte/icons/search';
export { default as IconTime } from '@lucide/svelte/icons/clock';
export { default as IconContinue } from '@lucide/svelte/icons/history';
export { default as IconExpand } from '@lucide/svelte/icons/chevron-down';

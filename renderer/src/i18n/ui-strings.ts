// Runs in: renderer. The interface's own words (buttons, labels) in the three exhibition languages.
// Texts about the exhibition and the heroes come from content.json, never from here.
import type { Language } from '../../../common/content-schema';

export interface UiStrings {
  languageSwitch: string;
  previousHero: string;
  nextHero: string;
  heroPosition: (position: number, total: number) => string;
  readStory: string;
  closeStory: string;
  allHeroes: string;
  allHeroesTitle: string;
  aboutExhibition: string;
  backToHeroes: string;
  openHero: (name: string) => string;
  draft: string;
  draftNote: string;
  photo: string;
  dates: string;
  venue: string;
  curator: string;
  partnerProgrammes: string;
  partners: string;
  touchToMeet: string;
  stillThere: string;
  touchToContinue: string;
  startingOverIn: (seconds: number) => string;
}

export const LANGUAGE_NAMES: Record<Language, string> = {
  kk: 'Қазақша',
  ru: 'Русский',
  en: 'English',
};

/** The order languages appear in wherever all three are shown together. */
export const LANGUAGE_ORDER: readonly Language[] = ['kk', 'ru', 'en'];

export const UI_STRINGS: Record<Language, UiStrings> = {
  kk: {
    languageSwitch: 'Тілді таңдаңыз',
    previousHero: 'Алдыңғы батыр',
    nextHero: 'Келесі батыр',
    heroPosition: (position, total) => `${total} батырдың ${position}-і`,
    readStory: 'Тарихын оқу',
    closeStory: 'Тарихты жабу',
    allHeroes: 'Барлық батырлар',
    allHeroesTitle: 'Көрменің барлық батырлары',
    aboutExhibition: 'Көрме туралы',
    backToHeroes: 'Батырларға оралу',
    openHero: (name) => `${name} — ашу`,
    draft: 'Алдын ала нұсқа',
    draftNote: 'Портрет пен мәтін әлі дайындалуда',
    photo: 'Фото',
    dates: 'Өтетін уақыты',
    venue: 'Өтетін орны',
    curator: 'Куратор',
    partnerProgrammes: 'Серіктестік бағдарламалар',
    partners: 'Серіктестер',
    touchToMeet: 'Батырлармен танысу үшін экранды түртіңіз',
    stillThere: 'Сіз әлі осындасыз ба?',
    touchToContinue: 'Жалғастыру үшін экранды түртіңіз',
    startingOverIn: (seconds) => `${seconds} секундтан кейін басынан басталады`,
  },
  ru: {
    languageSwitch: 'Выберите язык',
    previousHero: 'Предыдущий герой',
    nextHero: 'Следующий герой',
    heroPosition: (position, total) => `Герой ${position} из ${total}`,
    readStory: 'Читать историю',
    closeStory: 'Закрыть историю',
    allHeroes: 'Все герои',
    allHeroesTitle: 'Все герои выставки',
    aboutExhibition: 'О выставке',
    backToHeroes: 'Вернуться к героям',
    openHero: (name) => `Открыть: ${name}`,
    draft: 'Черновик',
    draftNote: 'Портрет и текст ещё готовятся',
    photo: 'Фото',
    dates: 'Даты',
    venue: 'Место',
    curator: 'Куратор',
    partnerProgrammes: 'Партнёрские программы',
    partners: 'Партнёры',
    touchToMeet: 'Коснитесь экрана, чтобы познакомиться с героями',
    stillThere: 'Вы ещё здесь?',
    touchToContinue: 'Коснитесь экрана, чтобы продолжить',
    startingOverIn: (seconds) => `Начнём сначала через ${seconds} с`,
  },
  en: {
    languageSwitch: 'Choose a language',
    previousHero: 'Previous hero',
    nextHero: 'Next hero',
    heroPosition: (position, total) => `Hero ${position} of ${total}`,
    readStory: 'Read the story',
    closeStory: 'Close the story',
    allHeroes: 'All heroes',
    allHeroesTitle: 'All the heroes of the exhibition',
    aboutExhibition: 'About the exhibition',
    backToHeroes: 'Back to the heroes',
    openHero: (name) => `Open ${name}`,
    draft: 'Draft',
    draftNote: 'Portrait and text are still being prepared',
    photo: 'Photo',
    dates: 'Dates',
    venue: 'Venue',
    curator: 'Curator',
    partnerProgrammes: 'Partner programmes',
    partners: 'Partners',
    touchToMeet: 'Touch to meet the heroes',
    stillThere: 'Still there?',
    touchToContinue: 'Touch the screen to continue',
    startingOverIn: (seconds) => `Starting over in ${seconds} s`,
  },
};

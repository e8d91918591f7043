import type { PluralsOf, WordsOf } from "../../catalogue";
import type { screen as english } from "../en/screen";

/**
 * The words around the questions in Urdu: the header, the step list, the step page and the
 * answer boxes, speaking to the reader as آپ in forms that do not depend on the reader being a
 * man or a woman (the translation was written by the project team; corrections welcome).
 */
export const screen: WordsOf<typeof english, PluralsOf["ur"]> = {
  language: "زبان",
  languageFailed: "یہ زبان لوڈ نہیں ہو سکی۔ کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔",
  partFailed:
    "یہ حصہ لوڈ نہیں ہو سکا۔ کنکشن چیک کریں، پھر دوبارہ کوشش کریں۔ آپ کے جوابات محفوظ ہیں۔",
  tryAgain: "دوبارہ کوشش کریں",
  translationNote:
    "یہ ترجمہ اسی ٹیم نے کیا ہے جس نے یہ ورک بک بنائی ہے۔ اگر کوئی بات ٹھیک نہ لگے تو براہ کرم اپنے کوچ کو بتائیں، تاکہ اسے درست کیا جا سکے۔",
  header: {
    skipLink: "سیدھے سوالات پر جائیں",
    present: "پیش کریں",
    opening: "پریزنٹیشن کھل رہی ہے…",
    whichWorkbook: "کون سی ورک بک",
    myWorkbook: "میری ورک بک",
    classWorkbook: "کلاس کی ورک بک",
    saved: "اس ڈیوائس پر محفوظ ہے",
    saving: "محفوظ ہو رہا ہے…",
    notSaved: "محفوظ نہیں ہوا",
    newVersion: "نیا ورژن تیار ہے: اسے کھولیں",
    newVersionHint: "نیا ورژن کھولتا ہے۔ آپ کے جوابات برقرار رہتے ہیں۔",
  },
  nav: {
    name: "ورک بک کے مراحل",
    done: "مکمل",
    stepProgress: { one: "{count} میں سے {answered}", other: "{count} میں سے {answered}" },
    answered: "جواب دیے گئے:",
    partProgress: {
      one: "{count} سوال میں سے {answered} کا جواب دیا گیا",
      other: "{count} سوالوں میں سے {answered} کے جواب دیے گئے",
    },
    overall: {
      one: "{count} سوال میں سے {answered} کا جواب دیا گیا",
      other: "{count} سوالوں میں سے {answered} کے جواب دیے گئے",
    },
    showSteps: "تمام مراحل دکھائیں",
    hideSteps: "مراحل چھپائیں",
  },
  step: {
    pageTitle: "{step} · {workbook}",
    count: { one: "مرحلہ {number} از {count}", other: "مرحلہ {number} از {count}" },
    welcome: "خوش آمدید",
    welcomePart: {
      one: "{part} — {count} مرحلہ، {time}۔",
      other: "{part} — {count} مراحل، {time}۔",
    },
    partIntro: "{part}۔ {intro}",
    tips: "مشورے",
    showExample: "مثال دکھائیں",
    example: "حل شدہ مثال",
    exampleTitle: "حل شدہ مثال: {business}",
    exampleLoading: "مثال لوڈ ہو رہی ہے…",
    exampleNote: "یہ صرف ایک مثال ہے۔ یہ آپ کے جواب کے طور پر محفوظ نہیں ہوتی۔",
    back: "واپس",
    backTo: ": {step}",
    goOn: "{part} پر آگے بڑھیں",
    next: "اگلا: {step}",
    loading: "لوڈ ہو رہا ہے…",
    loadingProgress: "آپ کی پیش رفت لوڈ ہو رہی ہے…",
  },
  rows: {
    row: "قطار {number}",
    item: "{item} {number}",
    check: "جانچ {number}",
    rowHeading: "قطار",
    rowActions: "قطار کے اختیارات",
    cell: "{column}، قطار {number}",
    moveUp: "{row} اوپر لے جائیں",
    moveDown: "{row} نیچے لے جائیں",
    remove: "{row} ہٹائیں",
    moveUpShort: "اوپر",
    moveDownShort: "نیچے",
    removeShort: "ہٹائیں",
    removedLabel: "{row}: {words}",
    removed: "{row} کو ہٹا دیا گیا۔",
    undo: "واپس لائیں",
    removedEarlier: "پہلے ہٹائی گئی چیزیں ({count})",
    putBack: "{row} واپس رکھیں",
    noRows: "ابھی کوئی قطار نہیں۔",
    noItems: "آپ کی فہرست میں ابھی کچھ نہیں۔",
    noMonths: "ابھی کوئی مہینہ نہیں۔",
    addInOneClick: "ایک کلک میں شامل کریں:",
    add: "شامل کریں",
    addThis: "{suggestion} شامل کریں",
    addNamed: "{add}: {suggestion}",
    added: "شامل ہے",
    addedThis: "{suggestion}: ",
    suggestions: "تجاویز ({count})",
    full: {
      rows: {
        one: "یہ بھر گیا ہے: {count} قطار۔ نئی شامل کرنے کے لیے کوئی ایک ہٹائیں۔",
        other: "یہ بھر گیا ہے: {count} قطاریں۔ نئی شامل کرنے کے لیے کوئی ایک ہٹائیں۔",
      },
      items: {
        one: "یہ بھر گیا ہے: {count} اندراج۔ نیا شامل کرنے کے لیے کوئی ایک ہٹائیں۔",
        other: "یہ بھر گیا ہے: {count} اندراجات۔ نیا شامل کرنے کے لیے کوئی ایک ہٹائیں۔",
      },
      checks: {
        one: "یہ بھر گیا ہے: {count} جانچ۔ نئی شامل کرنے کے لیے کوئی ایک ہٹائیں۔",
        other: "یہ بھر گیا ہے: {count} جانچیں۔ نئی شامل کرنے کے لیے کوئی ایک ہٹائیں۔",
      },
      months: {
        one: "یہ بھر گیا ہے: {count} مہینہ۔ نیا شامل کرنے کے لیے کوئی ایک ہٹائیں۔",
        other: "یہ بھر گیا ہے: {count} مہینے۔ نیا شامل کرنے کے لیے کوئی ایک ہٹائیں۔",
      },
    },
    left: {
      rows: {
        one: "{count} اور قطار شامل کی جا سکتی ہے۔",
        other: "{count} اور قطاریں شامل کی جا سکتی ہیں۔",
      },
      items: {
        one: "{count} اور اندراج شامل کیا جا سکتا ہے۔",
        other: "{count} اور اندراجات شامل کیے جا سکتے ہیں۔",
      },
      checks: {
        one: "{count} اور جانچ شامل کی جا سکتی ہے۔",
        other: "{count} اور جانچیں شامل کی جا سکتی ہیں۔",
      },
      months: {
        one: "{count} اور مہینہ شامل کیا جا سکتا ہے۔",
        other: "{count} اور مہینے شامل کیے جا سکتے ہیں۔",
      },
    },
  },
  text: {
    full: "یہ جواب بھر گیا ہے: {count} حروف۔",
    left: { one: "{count} حرف باقی ہے۔", other: "{count} حروف باقی ہیں۔" },
  },
};

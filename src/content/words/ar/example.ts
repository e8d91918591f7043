import type { PluralsOf, WordsOf } from "../../catalogue";
import type { Answers, RowId } from "../../types";
import type { example as english } from "../en/example";

/** Example rows carry ids as saved rows do (they are never saved). */
const rows = <T extends object>(list: T[]): (T & RowId)[] =>
  list.map((row, i) => ({ id: `example-${i + 1}`, ...row }));

/**
 * The worked example in Arabic: Amira Khan's answers for Bloom & Crumb, a fictional one-person
 * bakery in England, in the words of the English example (src/content/words/en/example.ts):
 * the same questions, rows and checks. Names and £ amounts stay as they are; checklist answers
 * ("yes", "notYet", "notRelevant") and row ids are codes, not words. The translation was
 * written by the project team; corrections welcome.
 */
export const example = {
  yourName: "Amira Khan",
  businessName: "Bloom & Crumb",
  businessWhat: "كعكات ومخبوزات للمناسبات، أبيعها في سوق السبت وأصنعها حسب الطلب.",
  coachName: "Sam Taylor",
  stoppedUsing:
    "أضاع محل التنظيف الجاف سترة لي، ثم تصرف كأن الخطأ خطئي. لم يعتذر أحد. ذهبت إلى محل آخر وأخبرت أختي، فتوقفت هي أيضا عن التعامل معه.",
  contactPoints: rows([
    {
      point: "صفحتي على إنستغرام",
      service: "من السهل العثور على الأسعار ومعلومات الحساسية. أرد على الرسائل في اليوم نفسه.",
    },
    {
      point: "تقديم طلب",
      service: "أكتب الطلب للعميل وأرسله إليه، مع التاريخ والسعر وما تحتويه الكعكة.",
    },
    {
      point: "كشك السوق",
      service:
        "أبتسم وألقي التحية وأقدم قطعة للتذوق. الدفع نقدا فقط حتى أشتري جهازا للدفع بالبطاقة.",
    },
    {
      point: "استلام الطلب",
      service: "الكعكة جاهزة في موعدها، في علبة مرتبة، مع تعليمات الحفظ.",
    },
  ]),
  serviceList: rows([
    { text: "أؤكد كل طلب كتابة خلال يوم واحد." },
    { text: "الكعكات جاهزة في الموعد الذي قلته، وإلا أتصل بالعميل مسبقا." },
    { text: "شيء إضافي صغير في العلبة: بطاقة، أو شمعة، أو كب كيك زيادة." },
    { text: "أجيب دائما عن أسئلة الحساسية بصدق. وإذا لم أكن متأكدة، أقول ذلك." },
  ]),
  organisingChecklist: {
    items: {
      contactWay: { status: "yes", note: "الهاتف والبريد الإلكتروني ورسائل إنستغرام." },
      payWay: { status: "notYet", note: "شراء جهاز للدفع بالبطاقة في كشك السوق." },
      websiteEasy: {
        status: "notRelevant",
        note: "لا يوجد موقع إلكتروني بعد؛ إنستغرام يكفي الآن.",
      },
      detailsEasy: { status: "notYet", note: "وضع رقمي على كل علبة كعك." },
      askImprove: { status: "yes", note: "بطاقة عليها سؤال قصير في كل علبة." },
    },
    own: rows([
      {
        text: "معلومات الحساسية واضحة على كل ملصق.",
        status: "yes",
        note: "",
      },
    ]),
  },
  wordOfMouth: "بطاقة في كل علبة: «هل أعجبتك؟ أخبر صديقا، وسيحصل كل منكما على خصم 10%.»",
  testimonials:
    "أرسل لكل عميل رسالة بعد أيام قليلة من كعكة المناسبة، وأطلب منه سطرين وصورة. أنشرها على إنستغرام وعلى لافتتي في السوق.",
  customersLike: "النكهات، وأنني أتذكر أسماءهم، وأنني أصنع كعكات خالية من الغلوتين.",
  customersLookingFor: "كعكات نباتية (فيغن). علب صغيرة من الحلويات لأعياد الميلاد في المكاتب.",
  othersInterested: "المقاهي القريبة، ومنظم حفلات الزفاف الذي ذكره أحد العملاء.",
  useResearch:
    "تجربة مجموعة كعكات نباتية في السوق في الربيع. صنع علبة حلويات للمكاتب. أخذ عينات إلى مقهيين.",
  complaintChannels: rows([
    { text: "وجها لوجه عند الكشك" },
    { text: "بالهاتف أو برسالة نصية: سأضع رقمي على كل علبة" },
    { text: "رسالة على إنستغرام" },
  ]),
  complaintRoutine: {
    items: {
      easy: { status: "yes", note: "عند الكشك أو على إنستغرام. سأضع رقمي على كل علبة." },
      apologise: { status: "yes", note: "حتى عندما لا يكون الخطأ خطئي." },
      quickly: { status: "yes", note: "في اليوم نفسه إن استطعت." },
      thank: { status: "yes", note: "بطاقة وعلبة صغيرة من الحلويات مع طلبه التالي." },
    },
    own: [],
  },
  responseTime: "في اليوم نفسه، ودائما خلال 24 ساعة.",
  putRight: "كعكة جديدة، أو استرداد المبلغ، أو خصم على الطلب التالي. العميل هو من يختار.",
  sayThankYou: "بطاقة مكتوبة بخط اليد وعلبة صغيرة من الحلويات مع طلبه التالي.",
  checkBack: "رسالة بعد أسبوع أسأل فيها هل أصبح كل شيء على ما يرام.",
  abusive:
    "أقول بهدوء إنني أريد المساعدة، لكنني سأنهي المكالمة إذا استمر الصراخ. وإذا استمر، أنهيها وأكتب ما حدث.",
  learningLog: rows([
    {
      wentWrong: "كتبت اسما خاطئا على كعكة عيد ميلاد.",
      why: "أخذت الطلب بالهاتف ولم أقرأه على العميل مرة أخرى.",
      prevent: "تأكيد كل طلب كتابة قبل أن أبدأ الخبز.",
    },
  ]),
  askCoach: rows([{ text: "هل يستحق جهاز الدفع بالبطاقة ثمنه لكشك يفتح يوم السبت فقط؟" }]),
  askCustomers: rows([{ text: "كيف سمعت عنا؟" }, { text: "ما الذي يجعل الطلب أسهل عليك؟" }]),
  actions: rows([
    { action: "طباعة رقم هاتفي على علب الكعك.", byWhen: "نهاية مارس" },
    { action: "كتابة نموذج لتأكيد الطلبات.", byWhen: "الأسبوع القادم" },
  ]),
  // Part 2, "Keep them coming back".
  averageSpend: "£30",
  timesAYear: "4",
  yearsStay: "5",
  // Worked out from the numbers above: £120 a year, £600 over five years, £15,000 a week.
  yearValue: null,
  lifetimeValue: null,
  customersAWeek: "25",
  weekValue: null,
  worthMeaning:
    "ثمن كعكة عيد الميلاد £30، لكن عائلة سعيدة قد تنفق معي £600 على مر السنين. وهذا يستحق شمعة مجانية وبطاقة شكر في كل مرة.",
  customersSay: rows([
    { text: "طعم كعكاتها جميل مثل شكلها." },
    { text: "تفعل دائما ما تقول إنها ستفعله." },
    { text: "الطلب منها سهل جدا." },
  ]),
  gettingThere: rows([
    {
      say: "تفعل دائما ما تقول إنها ستفعله.",
      happen: "تأكيد كل طلب كتابة، مع موعد الاستلام.",
      when: "أولا",
    },
    {
      say: "الطلب منها سهل جدا.",
      happen: "نموذج للطلب على إنستغرام، والدفع بالبطاقة عند الكشك.",
      when: "لاحقا",
    },
  ]),
  whereNow:
    "معظم العملاء راضون، لكن الطلبات بالهاتف تحدث فيها أخطاء أحيانا، ولا أستطيع قبول البطاقات عند الكشك بعد.",
  firstStep: "كتابة نموذج لتأكيد الطلبات هذا الأسبوع.",
  nextStep: "شراء جهاز للدفع بالبطاقة قبل أسواق الصيف.",
  customerRecord:
    "جدول بيانات: الاسم، والهاتف، وماذا طلب ومتى، والحساسية، وهل يريد أن تصله أخباري.",
  stayInTouch: rows([
    {
      who: "عملاء السوق الدائمون",
      how: "البريد الإلكتروني",
      often: "مرة في الشهر",
      about: "النكهات الجديدة ومواعيد السوق",
      saidYes: "نعم، اشتركوا عند الكشك",
    },
    {
      who: "عملاء كعكات أعياد الميلاد",
      how: "رسالة نصية",
      often: "مرة في السنة",
      about: "تذكير قبل عيد الميلاد بشهر",
      saidYes: "أسألهم عند الطلب",
    },
  ]),
  thankYouNote: "بطاقة مكتوبة بخط اليد في العلبة مع كل طلب فوق £50، أسأل فيها كيف كان يومهم.",
  rewardBest: "علبة كب كيك مجانية مع كل طلب عاشر، وأولوية في حجز مواعيد الكريسماس.",
  followUpCalls: rows([
    {
      moment: "لم يسر شيء كما يجب",
      when: "في اليوم التالي لإصلاح الأمر",
      say: "أتأكد أن الكعكة الجديدة كانت كما يجب، وأعتذر مرة أخرى عن الإزعاج.",
    },
    {
      moment: "عميل غاضب",
      when: "خلال يومين",
      say: "أسأل هل حل ما اتفقنا عليه المشكلة، وأشكره لأنه أخبرني.",
    },
    {
      moment: "عميل جديد",
      when: "بعد أيام قليلة من أول طلب له",
      say: "أسأل كيف كانت الكعكة، وهل يحب أن يسمع عن النكهات الجديدة.",
    },
    {
      moment: "عميل دائم",
      when: "كل بضعة أشهر",
      say: "تحية ودية، وأسأل هل هناك شيء جديد يرغب فيه.",
    },
  ]),
  answersBook: rows([
    {
      question: "هل تصنعين كعكات خالية من الغلوتين؟",
      answer:
        "نعم، في يوم منفصل. لكن لا أستطيع أن أضمن خلوها من أي أثر للطحين، لأنني أخبز بالطحين في البيت.",
    },
    {
      question: "قبل كم من الوقت يجب أن أطلب؟",
      answer: "أسبوع لمعظم الكعكات، وثلاثة أسابيع لكعكات الزفاف.",
    },
    { question: "هل يمكنني تغيير طلبي؟", answer: "نعم، مجانا حتى ثلاثة أيام قبل الموعد." },
  ]),
  firstContact:
    "أرد على كل رسالة في اليوم نفسه. وإذا احتجت إلى التحقق من شيء، أقول متى سأعود إلى العميل، ودائما خلال يوم عمل واحد.",
  whoDecides: "أنا. وأختي تقرر أيام السبت، عندما تدير الكشك.",
  specialCases: "صفحة في آخر دفتر الطلبات: التاريخ، والعميل، وماذا فعلنا ولماذا.",
  scorecard: rows([
    { month: "يناير", asked: "20", top: "11", bottom: "3", complaints: "1", compliments: "6" },
    { month: "فبراير", asked: "25", top: "15", bottom: "3", complaints: "0", compliments: "9" },
    { month: "مارس", asked: "24", top: "16", bottom: "2", complaints: "1", compliments: "11" },
  ]),
  scoreLessons:
    "ارتفعت درجتي منذ بدأت أؤكد الطلبات كتابة. شكوى مارس كانت عن كعكة لم تكن جاهزة في موعدها، لذلك سأضيف مواعيد الاستلام إلى نموذج الطلب.",
} satisfies Answers satisfies WordsOf<typeof english, PluralsOf["ar"]>;

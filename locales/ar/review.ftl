## مراجعة النصوص: مساحة عمل الخبراء بالتجربة.

workplace-review = مراجعة النصوص
review-title = مراجعة النصوص
review-lead = هنا كل النصوص التي تقرؤها العائلات في Helder. اقرأها كما تقرؤها عائلة. اكتب ما يمكن أن يكون أفضل، واقترح كلمات أخرى، وقل هل النص جيد.
review-welcome = مرحبًا. يمكنك الآن مراجعة النصوص.
review-sections = أجزاء هذه الصفحة
review-back-workspace = العودة إلى كل النصوص

## انظر في الصفحة (عرض المثال)

review-in-context-title = انظر في الصفحة
review-in-context-lead = افتح Helder كما يراه شخص من عائلة. العائلة غير حقيقية: لا ترى أبدًا بيانات عائلات حقيقية. اضغط على نص لتراجعه.
review-in-context-as = انظر إلى Helder كـ
review-in-context-open = افتح الصفحات
review-person-parent = { $name }، أحد الوالدين ({ $municipality })
review-person-child = { $name }، { $age } سنة ({ $municipality })
review-person-professional = { $name }، { $organisation }
review-bar-label = مثال.
review-bar-text = ترى Helder كما يراه { $name }. هذه العائلة غير حقيقية. اضغط على نص لتراجعه.
review-bar-end = إيقاف
review-texts-title = النصوص في هذه الصفحة
review-texts-lead = اختر نصًا لتراجعه.

## قائمة النصوص

review-list-title = كل النصوص
review-filter-language = اللغة
review-filter-status = الحالة
review-filter-status-all = الكل
review-filter-page = الصفحة
review-filter-page-all = كل الصفحات
review-filter-reader = القارئ
review-filter-reader-all = كل القرّاء
review-filter-b1 = فقط النصوص التي لا توافق B1
review-filter-submit = اعرض النصوص
review-count = { $count ->
    [one] نص واحد باللغة { $language }.
    [two] نصان باللغة { $language }.
    [few] { $count } نصوص باللغة { $language }.
   *[other] { $count } نصًا باللغة { $language }.
}
review-more = النصوص التالية
review-open = انظر النص { $id }
review-open-short = انظر
review-b1-fails = ليس B1
review-open-suggestions = { $count ->
    [one] اقتراح واحد
    [two] اقتراحان
    [few] { $count } اقتراحات
   *[other] { $count } اقتراحًا
}
review-remarks = { $count ->
    [one] ملاحظة واحدة
    [two] ملاحظتان
    [few] { $count } ملاحظات
   *[other] { $count } ملاحظة
}
review-status-new = جديد
review-status-needs-change = يجب تغييره
review-status-approved = موافَق عليه
review-status-changed = تغيّر بعد الموافقة

review-reader-parent = أحد الوالدين
review-reader-child = طفل أقل من 12 سنة
review-reader-youth = شاب من 12 إلى 16 سنة
review-reader-youth16 = شاب عمره 16 أو 17 سنة
review-reader-professional = مختص
review-reader-anyone = أي شخص، بدون تسجيل دخول

review-page-every-page = في كل صفحة
review-page-home = الصفحة الرئيسية
review-page-thread = محادثة
review-page-unsafe = لا أشعر بالأمان
review-page-decision-input = رأيي في قرار
review-page-document = وثيقة
review-page-letter = رسالة برمز التفعيل
review-page-glossary = شرح الكلمات
review-page-settings = الإعدادات
review-page-sign-in = تسجيل الدخول
review-page-activate = التفعيل
review-page-notice = إشعار
review-page-work = عائلاتي
review-page-console = عائلة (مختص)
review-page-absence = الإبلاغ عن غياب
review-page-new-case = عائلة جديدة
review-page-other = صفحات أخرى
review-page-file-common = نصوص أخرى: عامة
review-page-file-domain = نصوص أخرى: كلمات من حماية الأطفال
review-page-file-pages = نصوص أخرى: الصفحات
review-page-file-errors = نصوص أخرى: رسائل الأخطاء
review-page-file-powers = نصوص أخرى: مَن يفعل ماذا
review-page-file-rights = نصوص أخرى: الحقوق
review-page-file-journey = نصوص أخرى: المسار والمواعيد والوثائق
review-page-file-account = نصوص أخرى: تسجيل الدخول والإعدادات
review-page-file-messages = نصوص أخرى: الرسائل
review-page-file-console = نصوص أخرى: للمختصين والإدارة
review-page-file-integration = نصوص أخرى: الربط مع الأنظمة
review-page-file-review = نصوص أخرى: مراجعة النصوص

## كم تمّت مراجعته

review-coverage-title = كم تمّت مراجعته
review-coverage-lead = يُحسب النص إذا تمّت الموافقة عليه ولم يتغيّر بعد ذلك.
review-coverage-languages = حسب اللغة
review-coverage-pages = حسب الصفحة، باللغة { $language }
review-coverage-readers = حسب القارئ، باللغة { $language }
review-coverage-approved = موافَق عليه
review-coverage-share = { $approved } من { $total } ({ $percent }%)

## نص واحد

review-message-title = النص { $id }
review-message-heading = النص
review-back = العودة إلى النصوص باللغة { $language }
review-back-to-page = العودة إلى الصفحة
review-message-meta = { $language } · في { $file }
review-note-label = شرح لمن يكتب النص:
review-accepted-note = تمّ تغيير هذا النص في Helder باقتراح من قبل. لم يدخل بعد إلى ملفات النسخة القادمة.
review-forms-title = هكذا يقرأ شخص هذا باللغة { $language }
review-dutch-title = هكذا هو بالهولندية
review-form-single = للجميع
review-form-audience-child = لطفل أقل من 12 سنة
review-form-audience-youth = لشاب من 12 إلى 16 سنة
review-form-audience-youth16 = لشاب عمره 16 أو 17 سنة
review-form-audience-parent = لأحد الوالدين
review-form-audience-adult = لشاب بالغ
review-form-audience-other = لأحد الوالدين وللآخرين
review-form-audience-professional = لمختص
review-form-choice = عندما يكون { $name } هو { $value }
review-where-title = أين يوجد هذا النص؟
review-where-none = هذا النص ليس في صفحات المثال. تراه مثلًا عندما لا ينجح شيء.

review-b1-title = المستوى اللغوي B1
review-b1-figures = عدد الكلمات { $words }؛ أطول جملة فيها { $longest } كلمة.
review-b1-score = سهولة القراءة: { $score } (60 أو أكثر جيد).
review-b1-passes = هذا النص ينجح في فحص B1.
review-b1-rule-long-sentence = جملة أطول من 20 كلمة.
review-b1-rule-score = النص صعب القراءة (سهولة القراءة أقل من 60).
review-b1-rule-long-word = فيه كلمة طويلة جدًا.
review-b1-rule-jargon = فيه كلمة تخصصية بدون شرح.
review-b1-long-words = كلمات طويلة: { $words }.
review-b1-unlinked = كلمات تخصصية بدون رابط إلى شرحها: { $words }.
review-b1-hint-passive = نصيحة: فيه جملة مبنية للمجهول (مع ‘wordt’ أو ‘worden’). الأفضل أن تقول مَن يفعل الشيء.
review-b1-hint-nominal = نصيحة: الأفضل استعمال فعل بدلًا من { $words }.
review-b1-link = فحص B1 لكل النصوص
review-b1-report-title = فحص B1
review-b1-report-lead = هذه النصوص الهولندية لا توافق المستوى اللغوي B1. قيست كما تقرؤها العائلات، مع أمثلة للأسماء والتواريخ.
review-b1-report-count = { $failing } من { $total } نصًا لا تنجح.
review-b1-report-hints = نصائح: { $passive } نصًا فيها جملة مبنية للمجهول، و{ $nominal } نصًا فيها اسم يمكن أن يكون فعلًا.

review-status-title = الحالة
review-status-by = حدّدها { $name } في { $date }.
review-status-legend = ما رأيك في هذا النص؟
review-status-submit = احفظ الحالة
review-status-done = حُفظت الحالة.

review-suggest-title = اقترح كلمات أخرى
review-suggest-label = اقتراحك
review-suggest-hint = غيّر الكلمات كما تريد. اترك كل ما بين {"{"} و{"}"} كما هو، مثل {"{"} $name {"}"}: هناك يضع Helder اسمًا أو تاريخًا. في الاختيار بين قوسين [ ] تكتب جملة لكل قارئ.
review-suggest-submit = أرسل الاقتراح
review-suggest-done = حُفظ اقتراحك. يستطيع مدير الآن أن يعتمده.

review-comment-title = اكتب ملاحظة
review-comment-label = ملاحظتك
review-comment-hint = ما الذي ليس واضحًا؟ لمَن؟ ما الذي سيكون أفضل؟
review-comment-submit = أضف الملاحظة
review-comment-done = أُضيفت ملاحظتك.

review-history-title = السجل
review-history-none = لم يكتب أحد شيئًا عن هذا النص بعد.
review-event-comment = كتب { $name } في { $date }:
review-event-suggestion = اقترح { $name } في { $date }:
review-event-status = جعل { $name } الحالة في { $date }: ‘{ $status }’.
review-event-accepted = وضع { $name } هذا النص في Helder في { $date }:
review-event-was-accepted = اعتُمد
review-accept-submit = اعتمد هذا الاقتراح
review-accept-done = اعتُمد الاقتراح. تقرأ العائلات النص الجديد عندما تفتح الصفحة من جديد.
review-shipped-label = هكذا النص في الملفات:

## اللغة والقراءة بصوت عالٍ

language-menu-label = اللغة:
language-unreviewed = { $state ->
    [partly] لم تتمّ مراجعة كل شيء بعد
   *[none] لم تتمّ مراجعتها بعد
}
footer-unreviewed = { $state ->
    [partly] لم يراجع بعدُ شخص يعرف هذه اللغة جيدًا كل النصوص بهذه اللغة.
   *[none] لم يراجع بعدُ شخص يعرف هذه اللغة جيدًا هذه الترجمة.
}
read-aloud = اقرأ بصوت عالٍ
read-aloud-stop = أوقف القراءة

## رسائل حول الاقتراح

error-wording-empty = اكتب نصًا أولًا.
error-wording-too-long = يمكن أن يكون النص { $max } حرفًا على الأكثر.
error-wording-control = في النص رموز لا تراها. اكتب النص من جديد.
error-wording-syntax = الأقواس غير متطابقة. تحقّق أن لكل {"{"} قوسًا {"}"}، ولكل اختيار قيمة افتراضية مع *. ({ $detail })
error-wording-variable-missing = { $name } ناقص. يضع Helder شيئًا هناك؛ اتركه في النص.
error-wording-variable-unknown = لا يعرف Helder { $name } هنا. استعمل فقط ما في النص القديم.
error-wording-selectors = يجب أن يبقى الاختيار بين القرّاء أو الأعداد كما هو: { $expected }.
error-review-read-only = هذا مثال. لا يمكنك إرسال أو تغيير أي شيء هنا.

## الإدارة: الحق في اعتماد الاقتراحات

staff-reviewer-may-accept = يستطيع اعتماد الاقتراحات: تقرأ العائلات عندها النص الجديد فورًا.
staff-reviewer-may-not-accept = يستطيع مراجعة النصوص وتقديم الاقتراحات. يعتمدها مدير.
staff-reviewer-give-right = أعطِ حق الاعتماد
staff-reviewer-take-right = اسحب حق الاعتماد
staff-reviewer-right-done = تمّ تغيير الحق.

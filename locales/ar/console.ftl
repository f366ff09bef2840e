# نماذج لوحة العمل و"الإدارة": ما يقرؤه المختص أو المدير.

form-problems-title = هذا ليس صحيحًا بعد
error-email-invalid = هذا ليس عنوان بريد إلكتروني. عنوان البريد الإلكتروني يبدو هكذا: name@organisatie.nl.
error-organisation-missing = اختر المؤسسة التي يعمل فيها هذا الشخص.
error-choose-one = اختر أحد الخيارات.
error-staff-left = هذا الشخص لم يعد يعمل هنا. أنشئ حسابًا جديدًا إذا عاد.
error-leave-confirm = ضع علامة في المربع لتؤكد أن هذا الشخص سيغادر.
error-leave-still-vaste = هذا الشخص ما زال المختص الثابت لـ: { $families }. اختر أولًا مختصًا ثابتًا جديدًا لهذه العائلات. هكذا لا تبقى عائلة أبدًا بدون مختص ثابت.

staff-title = الإدارة
staff-lead = تضيف هنا المؤسسات والأشخاص إلى Helder. يحصل كل شخص على رمز تفعيل خاص به ويسجّل الدخول بمفتاح مرور. لا ترى هنا بيانات العائلات.
staff-sections = أجزاء هذه الصفحة
staff-added = تمّ الحفظ.
staff-left-done = غادر هذا الشخص. انتهت كل عائلاته ورموزه ومفاتيح مروره وجلساته.
staff-people-title = الأشخاص
staff-people-empty = لا يوجد أشخاص في Helder بعد.
staff-add-person-title = أضف شخصًا
staff-add-person-submit = أضف الشخص
staff-organisations-title = المؤسسات
staff-organisations-empty = لا توجد مؤسسات في Helder بعد.
staff-add-organisation-title = أضف مؤسسة
staff-add-organisation-submit = أضف المؤسسة
staff-kind-professional = مختص
staff-kind-reviewer = خبير بالتجربة (يراجع النصوص)
staff-kind-administrator = مدير
staff-status-left = غادر في { $date }.
staff-status-code = لديه رمز تفعيل. يعمل حتى { $date }.
staff-status-none = لا يستطيع تسجيل الدخول بعد.
staff-status-passkeys = يستطيع تسجيل الدخول { $count ->
    [one] بمفتاح مرور واحد
    [two] بمفتاحَي مرور
    [few] بـ { $count } مفاتيح مرور
   *[other] بـ { $count } مفتاح مرور
}.
staff-issue = أنشئ رمز تفعيل جديدًا
staff-issue-label = أنشئ رمز تفعيل جديدًا لـ { $name }
staff-issue-warning = الرمز الجديد يوقف مفاتيح المرور التي لدى هذا الشخص الآن. افعل هذا عندما يضيع هاتف.
staff-leave-open = أبلغ عن المغادرة
staff-leave-explain = هل سيغادر { $name } المؤسسة؟ إذن يتوقف كل شيء اليوم: عائلات { $name } ورموزه ومفاتيح مروره وجلساته. لا يمكن التراجع عن ذلك.
staff-leave-confirm = نعم، { $name } لم يعد يعمل هنا
staff-leave-submit = أبلغ عن المغادرة
staff-organisation-none = بلا مؤسسة (ليس للمختصين)
staff-organisation-working = { $count ->
    [0] لا يعمل أحد هنا بعد.
    [one] يعمل هنا مختص واحد.
    [two] يعمل هنا مختصان.
    [few] يعمل هنا { $count } مختصين.
   *[other] يعمل هنا { $count } مختصًا.
}
staff-field-kind = ماذا يفعل هذا الشخص في Helder؟
staff-field-organisation = المؤسسة
staff-field-organisation-hint = مطلوب للمختص.
staff-field-given-name = الاسم الأول
staff-field-family-name = اسم العائلة
staff-field-email = البريد الإلكتروني للعمل
staff-field-email-hint = ترى العائلات هذا العنوان. اختياري.
staff-field-phone = رقم هاتف العمل
staff-field-phone-hint = ترى العائلات هذا الرقم. اختياري.
staff-field-organisation-kind = نوع المؤسسة
staff-field-organisation-name = اسم المؤسسة
staff-field-organisation-phone-hint = الرقم العام. ترى العائلات هذا الرقم.
staff-field-website = الموقع الإلكتروني
staff-back = العودة إلى الإدارة
staff-letter-lead = أعطِ هذه الرسالة للشخص بنفسك، أو أرسلها بطريقة آمنة. الرمز يعمل مرة واحدة.
staff-letter-intro-professional = يمكنك الآن تسجيل الدخول إلى Helder لعملك. هناك تُبقي بيانات العائلات التي تعمل معها محدّثة.
staff-letter-intro-reviewer = يمكنك الآن تسجيل الدخول إلى Helder. هناك تراجع النصوص التي تقرؤها العائلات.
staff-letter-intro-administrator = يمكنك الآن تسجيل الدخول إلى Helder كمدير. هناك تضيف المؤسسات والأشخاص إلى Helder.
workplace-administration = الإدارة
staff-welcome = مرحبًا. مفتاح مرورك يعمل. تضيف هنا المؤسسات والأشخاص إلى Helder.

workplace-console = عائلاتي
work-title = عائلاتي
work-welcome = مرحبًا. مفتاح مرورك يعمل. ترى هنا العائلات التي تعمل معها.
work-lead = { $count ->
    [0] أنت لا تعمل الآن مع أي عائلة.
    [one] تعمل مع عائلة واحدة.
    [two] تعمل مع عائلتين.
    [few] تعمل مع { $count } عائلات.
   *[other] تعمل مع { $count } عائلة.
} { $waiting ->
    [0] لا شيء ينتظرك الآن.
    [one] هناك شيء ينتظرك عند عائلة واحدة. إنه في الأعلى.
   *[other] هناك شيء ينتظرك عند { $waiting } من العائلات. الأكثر إلحاحًا في الأعلى.
}
work-empty = عندما يضيفك زميل إلى ملف عائلة، أو تفتح أنت ملفًا بعد بلاغ، يظهر هنا.
work-you-are-vaste = أنت المختص الثابت
work-nothing-waiting = لا شيء ينتظر الآن.
attention-unsafe = { $name } لا يشعر بالأمان (أبلغ في { $date }). لم يقرأه أحد في الوقت.
attention-overdue = { $name } ينتظر إجابة منذ { $date }. الإجابة متأخرة.
attention-unanswered = أرسل { $name } في { $date } رسالة لم تُقرأ بعد.
attention-input = { $count ->
    [one] ردّ واحد من العائلة ينتظر
    [two] ردّان من العائلة ينتظران
    [few] { $count } ردود من العائلة تنتظر
   *[other] { $count } ردًّا من العائلة ينتظر
} "تمّت القراءة" (منذ { $date }).
attention-decision = القرار متوقَّع في { $date }: { $decision }.
work-attention-deadline = لدى العائلة وقت حتى { $date }: { $deadline }.
error-date-invalid = اكتب تاريخًا، مثلًا 15-06-2026.
work-edit = حدّث بيانات عائلة { $name }
console-title = حدّث بيانات عائلة { $name }
console-back = العودة إلى عائلاتي
console-saved = تمّ الحفظ. ترى العائلة ذلك الآن في Helder.
console-lead = ما تسجّله هنا تراه العائلة فورًا في صفحاتها.
console-family-pages = انظر صفحات العائلة
console-phase-title = المرحلة
console-phase-now = الآن: { $phase }، منذ { $date }.
console-field-phase = مرحلة جديدة
console-field-phase-hint = يظهر التغيير في مسار العائلة.
console-field-phase-on = منذ أي يوم؟
console-phase-submit = غيّر المرحلة
console-decisions-title = القرارات
console-decisions-empty = لا توجد قرارات لهذه العائلة بعد.
console-decision-expected = متوقَّع في { $date }.
console-decision-taken = اتُّخذ في { $date }.
console-decision-term = لدى العائلة وقت حتى { $date }: { $deadline }.
console-outcome-open = سجّل النتيجة
console-field-decided-on = في أي يوم تقرّر؟
console-field-reasons = ما الذي تقرّر ولماذا
console-field-reasons-hint = اكتب بكلمات بسيطة. وقل أيضًا ماذا فُعل برأي العائلة. من يوم القرار تبدأ مهلة الاعتراض أو الاستئناف؛ ترى العائلة كم يومًا بقي.
console-outcome-submit = سجّل النتيجة
work-new-case = عائلة جديدة بعد بلاغ
new-case-title = عائلة جديدة
new-case-lead = افتح ملفًا بعد بلاغ. من الآن أنت في ملف هذه العائلة. هل أنت المختص الثابت في هذا الدور؟ إذن ستراك العائلة كمختصها الثابت.
new-case-field-family-name = اسم عائلة الأسرة
new-case-field-family-name-hint = هذا هو اسم العائلة في Helder: "عائلة …".
new-case-field-municipality = البلدية
new-case-field-reported-on = تاريخ البلاغ
new-case-field-reported-by = مَن قدّم البلاغ؟
new-case-field-reported-by-hint = مثلًا: المدرسة، طبيب العائلة، الشرطة، أحد الوالدين. اتركه فارغًا لبلاغ بدون اسم.
new-case-field-phase = أين العائلة الآن؟
new-case-field-role = دورك مع هذه العائلة
new-case-field-role-hint = فقط أدوار مؤسستك.
new-case-submit = افتح ملف العائلة
console-family-title = العائلة
console-family-empty = لا يوجد أفراد عائلة في هذا الملف بعد.
console-member-gezag = له الولاية.
console-member-open = أضف فردًا من العائلة
console-member-submit = أضف فرد العائلة
console-field-birth-date = تاريخ الميلاد
console-field-relation = ما صلة هذا الشخص بالعائلة؟
console-field-gezag = له الولاية على الأطفال
console-field-address = العنوان
console-field-address-protected = عنوان سرّي: بقية العائلة لا ترى هذا العنوان
console-field-protected-hint = افعل هذا مثلًا بعد عنف منزلي. الشريك السابق لا يرى أبدًا عنوانًا أو رسالة.
console-field-phone = رقم الهاتف
console-field-email = البريد الإلكتروني
console-field-contact-protected = إخفاء الهاتف والبريد الإلكتروني: بقية العائلة لا تراهما
console-decision-add-title = أضف قرارًا
console-field-decision-kind = أي قرار قادم؟
console-field-started-on = منذ متى يجري؟
console-field-started-on-hint = مثلًا يوم البلاغ أو الطلب. لبعض القرارات مهلة قانونية تبدأ من هذا اليوم.
console-field-expected-on = متى تتوقّع القرار؟
console-decision-add-submit = أضف القرار
console-vaste-title = المختص الثابت
console-vaste-now = المختص الثابت الآن هو { $name }.
console-vaste-none = ليس لهذه العائلة الآن مختص ثابت.
console-vaste-nobody = لا يعمل أحد آخر مع هذه العائلة بعد. أضف أولًا زميلًا إلى الملف.
console-handover-open = اختر مختصًا ثابتًا جديدًا
console-field-new-vaste = مَن سيكون المختص الثابت الجديد؟
console-field-vaste-role = في أي دور؟
console-field-reason = لماذا يتغيّر المختص الثابت؟
console-reason-new-job = المختص الثابت سيعمل في مكان آخر
console-reason-phase-change = يوجد إجراء: يتولّى موظف حماية الأطفال
console-reason-family-request = طلبت العائلة شخصًا آخر
console-reason-leave = المختص الثابت غائب لمدة طويلة
console-field-handover = ملخص التسليم للعائلة
console-field-handover-hint = تقرأ العائلة هذا. اكتب بكلمات بسيطة ما يعرفه المختص الجديد من قبل وما سيحدث الآن. هكذا لا تحتاج العائلة إلى رواية قصتها من جديد.
console-field-handover-on = من أي يوم؟
console-handover-submit = غيّر المختص الثابت
console-is-vaste = المختص الثابت
console-assign-open = أضف زميلًا إلى ملف العائلة
console-field-colleague = أي زميل؟
console-field-colleague-role = في أي دور؟
console-field-colleague-role-hint = فقط دور يناسب مؤسسة الزميل.
console-assign-submit = أضف الزميل إلى الملف
work-handed-over = تمّ حفظ التسليم. تقرأ العائلة ما كتبته تحت "التغييرات". ألم تعد العائلة في قائمتك؟ إذن لم تعد من اليوم تعمل مع العائلة.
console-documents-title = الوثائق
console-document-reactions = انظر ردود العائلة
console-document-add-title = أضف وثيقة
console-field-document-kind = ما نوع الوثيقة؟
console-field-document-dated = تاريخ الوثيقة
console-field-document-status = هل هي جاهزة؟
console-field-react-until = يمكن الردّ حتى
console-field-react-until-hint = اتركه فارغًا إذا لم يكن هناك يوم أخير. لا تستطيع العائلة الردّ في Helder على قرار المحكمة.
console-field-file = الوثيقة (PDF)
console-field-file-hint = PDF فقط، 10 MB على الأكثر. تستطيع العائلة فتحها وتنزيلها.
console-document-add-submit = أضف الوثيقة
preview-label = معاينة.
preview-text = ترى Helder كما يراه { $name }. لا يمكنك تغيير شيء. ترى العائلة أنك اطّلعت.
preview-end = أوقف المعاينة
console-preview-title = انظر Helder كما تراه العائلة
console-preview-lead = اختر فردًا من العائلة. سترى صفحاته، لكن ليس رسائله الخاصة. ترى العائلة في Helder أنك اطّلعت.
console-preview-as = انظر كـ { $name }

work-absence-link = أبلغ عن غياب
absence-title = الغياب
absence-lead = هل ستغيب فترة بسبب عطلة أو مرض أو دورة؟ اكتب ذلك هنا. ترى العائلات التي تعمل معها عندها حتى متى ستغيب وبمَن تتصل في تلك المدة. تراه قبل أسبوع. لا ترى السبب.
absence-list-heading = غياباتك
absence-none = لم تُبلغ عن غياب.
absence-period = من { $first } حتى { $last } (ضمنًا)
absence-substitute-is = يتولّى { $name } العمل.
absence-substitute-nobody = لا أحد يتولّى العمل. تتصل العائلات بالرقم العام لمؤسستك.
absence-withdraw = سحب
absence-new-heading = أبلغ عن غياب
absence-field-first-day = أول يوم غياب
absence-field-last-day = آخر يوم غياب
absence-field-last-day-hint = نصف سنة على الأكثر بعد اليوم الأول.
absence-field-reason = السبب
absence-field-reason-hint = لك فقط. لا ترى العائلات السبب.
absence-field-substitute = مَن يتولّى العمل؟
absence-field-substitute-hint = زميل من مؤسستك. ترى العائلات الاسم ورقم الهاتف والبريد الإلكتروني.
absence-field-substitute-none = لا أحد
absence-submit = احفظ الغياب
absence-saved = تمّ الحفظ. ترى العائلات الآن حتى متى ستغيب ومَن يتولّى العمل.
absence-withdrawn = تمّ السحب. ترى العائلات أنه يمكن الوصول إليك من جديد.
absence-reason-holiday = عطلة
absence-reason-illness = مريض
absence-reason-course = دورة أو تدريب
absence-reason-leave = إجازة
absence-reason-other = سبب آخر

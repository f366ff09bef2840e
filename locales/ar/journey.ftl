## مساري، ما القادم، المواعيد، الوثائق، المساعدة والشكاوى، التغييرات.

nav-label = عن عائلتك
nav-overview = نظرة عامة
nav-powers = مَن يفعل ماذا
nav-timeline = مساري
nav-rights = الحقوق
nav-decisions = ما القادم
nav-meetings = المواعيد
nav-documents = الوثائق
nav-help = المساعدة والشكاوى
nav-changes = التغييرات
nav-glossary = شرح الكلمات

timeline-title = مساري
timeline-lead = كل الخطوات بالترتيب: ما حدث، وأين أنتم الآن، وما سيأتي على الأرجح.
timeline-state-done = تمّ
timeline-state-current = الآن
timeline-state-expected = متوقَّع
timeline-on = في { $date }
timeline-around = في حوالي { $date }
step-melding = بلاغ إلى Veilig Thuis
step-veilig-thuis = Veilig Thuis يفحص الأمان
step-wijkteam = مساعدة من فريق الحي
step-jeugdbeschermingstafel = اجتماع في Jeugdbeschermingstafel
step-raadsonderzoek = تحقيق مجلس حماية الأطفال
step-verzoek = طلب إلى قاضي الأطفال
step-zitting = جلسة في محكمة الأطفال
step-maatregel = إجراء أمر به قاضي الأطفال
step-evaluatie = تقييم الإجراء

decisions-title = ما القادم
decisions-lead = ترى هنا أولًا القرارات القادمة، ثم ما تقرّر من قبل. ترى مَن يقرّر، ومتى، وماذا يمكنك أن تفعل.
decisions-none = لا توجد الآن قرارات قادمة.
decisions-who = مَن يقرّر؟
decisions-when = متى؟
decisions-by = حتى { $date } على الأكثر
decisions-expected = متوقَّع في حوالي { $date }
decisions-unknown-date = التاريخ غير معروف بعد.
decisions-before = ماذا يمكنك أن تفعل قبل القرار؟
decisions-after = ماذا يمكنك أن تفعل بعد القرار؟
decisions-after-deadline = { $audience ->
    [child] لدى والديك وقت لذلك حتى { $date } ({ $deadline }).
    [professional] لدى العائلة وقت لذلك حتى { $date } ({ $deadline }).
   *[other] لديك وقت لذلك حتى { $date } ({ $deadline }).
}
decisions-taken = تقرّر في { $date }
decisions-reasons = لماذا تقرّر هذا؟
decision-veilig-thuis-triage = ماذا سيفعل Veilig Thuis بعد البلاغ
decision-jeugdhulp = أي مساعدة ستحصل عليها عائلتك
decision-onderzoek-start = هل سيبدأ المجلس تحقيقًا
decision-raadsbesluit = هل سيطلب المجلس من قاضي الأطفال إجراءً
decision-ots = هل سيكون هناك إشراف (OTS)
decision-uithuisplaatsing = هل سيعيش طفل (لفترة) في مكان آخر
decision-verlenging = هل سيستمر الإجراء أطول أو ينتهي
decision-plan-van-aanpak = خطة العمل (plan van aanpak)
decision-schriftelijke-aanwijzing = تعليمات مكتوبة (schriftelijke aanwijzing)
decision-omgang = الاتفاقات حول التواصل بين أحد الوالدين والطفل
maker-gemeente = البلدية
maker-raad = مجلس حماية الأطفال
maker-kinderrechter = قاضي الأطفال
maker-gi = موظف حماية الأطفال
maker-family-and-professionals = أنت مع المختصين
maker-veilig-thuis = Veilig Thuis
step-action-give-view = { $audience ->
    [child] قل لوالديك أو للمختص ما تفكّر فيه. يمكنك أيضًا أن ترسم رسمًا.
   *[other] قل رأيك، في محادثة أو كتابةً.
}
step-action-be-heard = { $audience ->
    [child] أحيانًا يريد قاضي الأطفال أن يتكلّم معك. يمكنك أيضًا أن ترسل رسالة أو رسمًا.
   *[other] قل لقاضي الأطفال في الجلسة ما رأيك.
}
step-action-bring-vertrouwenspersoon = { $audience ->
    [child] يمكن لشخص موثوق من Jeugdstem أن يساعدك. الخدمة مجانية.
   *[other] أحضر معك شخصًا موثوقًا. الخدمة مجانية.
}
step-action-get-lawyer = { $audience ->
    [child] يمكن لوالديك أن يأخذا محاميًا يساعدهما في المحكمة.
   *[other] خذ محاميًا. أحيانًا يكون ذلك مجانًا.
}
step-action-read-documents = { $audience ->
    [child] والداك يقرآن الأوراق. إن أردت أن تعرف ما فيها، فاسألهما.
   *[other] اقرأ الأوراق والتقرير قبل أن يُتّخذ القرار.
}
step-action-make-own-plan = { $audience ->
    [child] يضع والداك خطة مع العائلة والأصدقاء. يمكنك أن تقول ما هو مهم لك.
   *[other] ضع خطتك الخاصة مع العائلة والأصدقاء.
}
step-action-bezwaar = { $audience ->
    [child] هل والداك غير موافقين؟ يمكنهما إذن أن يعترضا لدى البلدية.
   *[other] اعترض لدى البلدية.
}
step-action-hoger-beroep = { $audience ->
    [child] هل والداك غير موافقين؟ يمكنهما إذن أن يذهبا مع محامٍ إلى قاضٍ آخر.
   *[other] استأنف أمام محكمة الاستئناف عن طريق محامٍ.
}
step-action-annul-aanwijzing = { $audience ->
    [child] يمكن لوالديك أن يطلبا من قاضي الأطفال إلغاء التعليمات.
   *[other] اطلب من قاضي الأطفال إلغاء التعليمات.
}
step-action-ask-gi-to-reconsider = { $audience ->
    [child] يمكن لوالديك أن يطلبا من موظف حماية الأطفال أن يغيّر ذلك. يمكنك أنت أيضًا أن تقول رأيك.
   *[other] اطلب من موظف حماية الأطفال أن يغيّر ذلك.
}
step-action-complain = { $audience ->
    [child] هل لم يعاملك أحد معاملة جيدة؟ قل ذلك لوالديك أو اتصل بـ Jeugdstem.
   *[other] قدّم شكوى إن لم تُعامَل معاملة جيدة.
}
deadline-bezwaar = مهلة الاعتراض: 6 أسابيع
deadline-hoger-beroep = مهلة الاستئناف: 3 أشهر
deadline-aanwijzing-vervallen = مهلة أسبوعين
deadline-spoed-verhoor = أسبوعان
deadline-veiligheidsbeoordeling = 5 أيام عمل
deadline-veilig-thuis-onderzoek = 10 أسابيع
deadline-hulpverleningsplan = 6 أسابيع
deadline-uithuisplaatsing-uitvoeren = 3 أشهر
deadline-geen-verlenging-melden = شهران قبل النهاية

meetings-title = المواعيد
meetings-lead = هذه المواعيد مخطَّطة. ترى مَن سيحضر وماذا تتوقّع.
meetings-none = لا توجد الآن مواعيد مخطَّطة.
meetings-when = { $date } الساعة { $time }
meetings-where = المكان: { $place }
meetings-who = مَن سيحضر؟
meetings-expect = ماذا تتوقّع؟
meeting-jeugdbeschermingstafel = Jeugdbeschermingstafel
meeting-zitting = جلسة في محكمة الأطفال
meeting-gesprek = محادثة
meeting-evaluatie = تقييم
meeting-expect-jeugdbeschermingstafel = { $audience ->
    [child] يتكلّم الكبار عن حال البيت وعمّا يلزم.
    [youth] يمكنك أن تحضر لأن عمرك 12 سنة أو أكثر. يقول الجميع كيف تسير الأمور. يستغرق ذلك ساعة إلى ساعة ونصف. بعد ذلك يقرّر باحث المجلس هل سيقوم المجلس بتحقيق.
    [youth16] يمكنك أن تحضر. يقول الجميع كيف تسير الأمور. يستغرق ذلك ساعة إلى ساعة ونصف. بعد ذلك يقرّر باحث المجلس هل سيقوم المجلس بتحقيق.
   *[other] تتكلّم مع المختصين عن المخاوف وعن المساعدة. يمكن للأطفال من عمر 12 أن يحضروا. يمكنك أن تحضر شخصًا معك. يستغرق ذلك ساعة إلى ساعة ونصف. بعد ذلك يقرّر باحث المجلس هل سيقوم المجلس بتحقيق.
}
meeting-expect-zitting = { $audience ->
    [child] يتكلّم قاضي الأطفال مع والديك ومع المختصين. أحيانًا يريد القاضي أن يتكلّم معك أيضًا.
    [youth] يدعوك قاضي الأطفال لتقول رأيك. يمكن أن يكون ذلك على انفراد، بدون والديك. رأيك مهم، لكنه ليس قرارًا: القاضي هو مَن يقرّر.
    [youth16] يدعوك قاضي الأطفال لتقول رأيك. يمكن أن يكون ذلك على انفراد، بدون والديك. رأيك مهم، لكنه ليس قرارًا: القاضي هو مَن يقرّر.
   *[other] الجلسة مغلقة أمام الجمهور. يستمع قاضي الأطفال إليك وإلى المجلس وإلى المختصين الآخرين. في النهاية يقول القاضي متى سيأتي القرار. يمكنك أن تحضر محاميًا معك.
}
meeting-expect-gesprek = في هذه المحادثة تقول كيف تسير الأمور وما هو مهم لك. يمكنك أن تحضر شخصًا معك.
meeting-expect-evaluatie = تنظرون معًا كيف تسير الخطة وما الذي ما زال يلزم.

documents-title = الوثائق
documents-lead = هذه هي الخطط والتقارير عن عائلتك.
documents-none = لا توجد وثائق بعد.
documents-by = من: { $organisation }
documents-dated = التاريخ: { $date }
documents-status-concept = مسودة: لم تكتمل بعد
documents-status-definitief = نهائية
documents-may-react = يمكنك أن تعطي ردّك الخاص على هذه الوثيقة.
documents-react-closed = انتهى وقت الردّ على هذه الوثيقة.
documents-react-link = أعطِ ردّك
documents-open = افتح الوثيقة (PDF، { $size } kB)
documents-no-file = ملف هذه الوثيقة غير موجود في Helder. اطلب نسخة من المختص الثابت لك. لك الحق في نسخة خلال شهر.
documents-react-until = يمكنك الردّ حتى { $date }.
document-gezinsplan = خطة العائلة
document-plan-van-aanpak = خطة العمل (plan van aanpak)
document-raadsrapport = تقرير المجلس (raadsrapport)
document-beschikking = قرار قاضي الأطفال

help-title = المساعدة والشكاوى
help-lead = هل تريد مساعدة أو نصيحة، أو أنت غير راضٍ عن شيء؟ تجد هنا بمَن تتصل أو لمَن تكتب.
help-vertrouwenspersoon-heading = شخص موثوق من Jeugdstem
help-vertrouwenspersoon-text = الشخص الموثوق مستقل ومجاني. يستمع، ويشرح، ويحضر معك المحادثات، ويساعدك في الشكوى.
help-complaints-heading = الشكوى من مؤسسة
help-complaint-intro = تكلّم أولًا مع الشخص نفسه، إن استطعت. إن لم ينجح ذلك، فقدّم شكوى.
help-urgent-heading = هل تحتاج إلى مساعدة الآن؟
help-urgent-112 = في الخطر المباشر: اتصل بـ 112
help-urgent-veilig-thuis = Veilig Thuis: 0800 2000 (مجانًا، ليلًا ونهارًا)
help-urgent-kindertelefoon = De Kindertelefoon: 0800 0432 (مجانًا)
help-website = موقع { $organisation }
complaint-how-veilig-thuis = أرسل شكواك إلى Veilig Thuis. ما زلت غير راضٍ؟ يمكنك إذن أن تذهب إلى أمين المظالم الوطني (Nationale ombudsman).
complaint-how-wijkteam = قدّم شكواك إلى البلدية. يجب أن تجيب خلال 6 أسابيع.
complaint-how-raad = قدّم شكواك إلى مجلس حماية الأطفال. بعد ذلك يمكنك أن تذهب إلى أمين المظالم الوطني.
complaint-how-gi = قدّم شكواك إلى لجنة الشكاوى في مؤسسة حماية الأطفال. رئيسها مستقل.
complaint-how-rechtbank = لا يمكنك أن تشتكي من قرار قاضٍ، لكن يمكنك أن تستأنف. يمكنك أن تشتكي إلى المحكمة من طريقة معاملتك.
complaint-how-jeugdstem = قدّم شكواك إلى Jeugdstem.
complaint-how-other = قدّم شكواك إلى المؤسسة نفسها. يمكن لـ Jeugdstem أن يساعدك في ذلك.

changes-title = التغييرات
changes-lead = ترى هنا مَن كان المختص الثابت لك، ولماذا تغيّر ذلك.
changes-none = لم يتغيّر المختص الثابت لك.
changes-period = من { $from } إلى { $until }
changes-since = منذ { $from }
changes-reason = لماذا؟
changes-handover = ما يعرفه المختص الجديد عنكم
changes-new-heading = لديك مختص ثابت جديد
changes-new-text = منذ { $date } صار { $name } المختص الثابت لك. يبقى هذا الإشعار { $weeks } أسابيع، أو حتى تضغط على ‘قرأتُ هذا’.
changes-read-more = اقرأ لماذا تغيّر
changes-seen-button = قرأتُ هذا
change-reason-new-job = المختص السابق لديه عمل جديد.
change-reason-phase-change = يوجد إجراء من المحكمة. لذلك يساعدكم الآن موظف حماية الأطفال.
change-reason-family-request = طلبتم أنتم مختصًا آخر.
change-reason-leave = المختص السابق غائب لمدة طويلة.

glossary-title = شرح الكلمات
glossary-lead = كلمات من حماية الأطفال مشروحة بلغة بسيطة.
term-ots = الإشراف (OTS)
term-ots-forms = الإشراف، OTS
term-ots-explained = يقرّر قاضي الأطفال أن يساعد موظف حماية الأطفال عائلتك ويتابع الأمور. يستمر سنة واحدة على الأكثر، لكن يمكن تمديده. يحتفظ الوالدان بالولاية.
term-voorlopige-ots = الإشراف المؤقت (voorlopige OTS)
term-voorlopige-ots-forms = الإشراف المؤقت، voorlopige OTS
term-voorlopige-ots-explained = إشراف يعطيه القاضي بسرعة عندما لا يكون الوضع آمنًا. يستمر 3 أشهر على الأكثر.
term-machtiging-uithuisplaatsing = إذن الإيداع (machtiging uithuisplaatsing)
term-machtiging-uithuisplaatsing-forms = إذن الإيداع، الإيداع خارج البيت
term-machtiging-uithuisplaatsing-explained = إذن من قاضي الأطفال ليعيش الطفل في مكان آخر، مثلًا عند عائلة حاضنة. بدون هذا الإذن لا يُسمح بذلك.
term-raadsonderzoek = تحقيق المجلس (raadsonderzoek)
term-raadsonderzoek-forms = تحقيق المجلس، raadsonderzoek
term-raadsonderzoek-explained = تحقيق يقوم به مجلس حماية الأطفال. يتكلّم الباحث مع الوالدين والأطفال، ومثلًا مع المدرسة، ويكتب ما يلزم.
term-raadsrapport = تقرير المجلس (raadsrapport)
term-raadsrapport-forms = تقرير المجلس، raadsrapport
term-raadsrapport-explained = تقرير المجلس بعد التحقيق. يذهب ردّك معه إلى قاضي الأطفال.
term-gezag = الولاية (gezag)
term-gezag-forms = الولاية
term-gezag-explained = الحق والواجب في اتخاذ القرارات عن الطفل، مثلًا عن المدرسة والرعاية. عادةً تكون للوالدين.
term-schriftelijke-aanwijzing = التعليمات المكتوبة (schriftelijke aanwijzing)
term-schriftelijke-aanwijzing-forms = تعليمات مكتوبة، التعليمات المكتوبة، schriftelijke aanwijzing
term-schriftelijke-aanwijzing-explained = تعليمات على الورق من موظف حماية الأطفال يجب أن يتبعها الوالدان. خلال أسبوعين يمكنك أن تطلب من قاضي الأطفال إلغاءها.
term-jeugdbeschermingstafel = Jeugdbeschermingstafel
term-jeugdbeschermingstafel-forms = Jeugdbeschermingstafel
term-jeugdbeschermingstafel-explained = اجتماع مع الوالدين والأطفال من عمر 12 والمختصين. بعده يقرّر باحث المجلس هل سيكون هناك تحقيق.
term-beschikking = القرار (beschikking)
term-beschikking-forms = beschikking
term-beschikking-explained = قرار رسمي على الورق، من البلدية أو من القاضي.
term-bezwaar = الاعتراض (bezwaar)
term-bezwaar-forms = اعتراض، الاعتراض
term-bezwaar-explained = رسالة تقول فيها إنك لا توافق على قرار البلدية. يجب أن ترسلها خلال 6 أسابيع.
term-hoger-beroep = الاستئناف (hoger beroep)
term-hoger-beroep-forms = الاستئناف
term-hoger-beroep-explained = أن تطلب من قاضٍ آخر، في محكمة الاستئناف، أن ينظر من جديد في قرار قاضي الأطفال. يجب أن تفعل ذلك خلال 3 أشهر، مع محامٍ.
term-zitting = الجلسة (zitting)
term-zitting-forms = الجلسة
term-zitting-explained = اللحظة التي يتكلّم فيها قاضي الأطفال مع الجميع قبل أن يقرّر. ليست علنية.
term-plan-van-aanpak = خطة العمل (plan van aanpak)
term-plan-van-aanpak-forms = خطة العمل، plan van aanpak
term-plan-van-aanpak-explained = خطة موظف حماية الأطفال: ما يجب أن يتغيّر، وأي مساعدة ستأتي، ومتى تكون الأمور جيدة بما يكفي.
term-familiegroepsplan = خطة مجموعة العائلة (familiegroepsplan)
term-familiegroepsplan-forms = خطة مجموعة العائلة، familiegroepsplan
term-familiegroepsplan-explained = خطة تضعونها بأنفسكم مع العائلة والأصدقاء والجيران. تحصلون على هذه الفرصة أولًا.
term-vertrouwenspersoon = الشخص الموثوق (vertrouwenspersoon)
term-vertrouwenspersoon-forms = شخص موثوق، الشخص الموثوق
term-vertrouwenspersoon-explained = شخص من Jeugdstem يقف إلى جانبك ويشرح ويساعد. مستقل ومجاني.
term-gecertificeerde-instelling = المؤسسة المعتمدة (gecertificeerde instelling)
term-gecertificeerde-instelling-forms = المؤسسة المعتمدة، مؤسسة حماية الأطفال
term-gecertificeerde-instelling-explained = مؤسسة لحماية الأطفال، مثل SAVE. يعمل فيها موظفو حماية الأطفال والأوصياء.

nav-access-log = مَن اطّلع
access-log-title = مَن اطّلع على بياناتي
access-log-lead = ترى هنا متى اطّلع مختص على بيانات عائلتك أو غيّرها. ترى دوره ومؤسسته.
access-log-none = لم يطّلع أي مختص على بياناتك بعد.
access-log-when = { $date } الساعة { $time }
access-log-read = اطّلع { $role } من { $organisation } على { $what }.
access-log-changed = غيّر { $role } من { $organisation } { $what }.
access-log-preview = اطّلع { $role } من { $organisation } على { $what } كما يراه أحد أفراد عائلتك (معاينة).
access-data-overview = نظرتك العامة
access-data-powers = مَن يفعل ماذا
access-data-timeline = مسارك
access-data-rights = حقوقك
access-data-decisions = القرارات القادمة
access-data-meetings = مواعيدك
access-data-documents = قائمة الوثائق
access-data-help = المساعدة والشكاوى
access-data-changes = تغييرات المختص الثابت
access-data-team = مَن يعمل معكم
access-data-account = مَن منكم يستطيع الدخول، ورمز تفعيل

nav-more = المزيد
nav-family-access = الدخول إلى Helder
nav-overview-professional = نظرة عامة
nav-messages-professional = الرسائل
nav-decisions-professional = القرارات
nav-rights-professional = حقوق العائلة
nav-meetings-professional = المواعيد
nav-powers-professional = مَن يفعل ماذا
nav-family-professional = العائلة
nav-timeline-professional = المسار
nav-documents-professional = الوثائق
nav-help-professional = المساعدة والشكاوى
nav-changes-professional = التغييرات
nav-access-log-professional = مَن اطّلع
nav-family-access-professional = الدخول إلى Helder
timeline-title-professional = المسار
timeline-lead-professional = كل خطوات هذه العائلة بالترتيب، كما تراها العائلة: ما حدث، وأين العائلة الآن، وما سيأتي على الأرجح.
decisions-title-professional = القرارات
decisions-lead-professional = القرارات كما تراها العائلة: أولًا القادمة، ثم التي اتُّخذت. مع ما يمكن للوالد وللشاب أن يفعلاه.
decisions-upcoming-heading = ما القادم
decisions-decided-heading = ما تقرّر
decisions-decided-lead = اتُّخذت هذه القرارات. هل لا توافق؟ ما زال يمكنك فعل شيء حتى التاريخ المذكور.
decisions-decided-lead-professional = اتُّخذت هذه القرارات. ما زال يمكن للعائلة أن تعترض أو تستأنف حتى التاريخ المذكور.
decisions-lasts = إلى متى؟
decisions-lasts-until = حتى { $date } على الأكثر. قرار المحكمة يذكر بالضبط حتى متى.
decisions-before-professional = ماذا يمكن للعائلة أن تفعل قبل القرار؟
decisions-after-professional = ماذا يمكن للعائلة أن تفعل بعد القرار؟
decisions-input-link-professional = انظر رأي العائلة
decision-veilig-thuis-triage-decided = قرار Veilig Thuis بعد البلاغ
decision-jeugdhulp-decided = القرار بشأن المساعدة لعائلتك
decision-onderzoek-start-decided = القرار بشأن تحقيق المجلس
decision-raadsbesluit-decided = قرار المجلس بشأن طلب إلى قاضي الأطفال
decision-ots-decided = القرار بشأن الإشراف (OTS)
decision-uithuisplaatsing-decided = القرار بشأن العيش في مكان آخر (الإيداع خارج البيت)
decision-verlenging-decided = القرار بشأن استمرار الإجراء أو إنهائه
decision-plan-van-aanpak-decided = تمّ تحديد خطة العمل
decision-schriftelijke-aanwijzing-decided = أُعطيت تعليمات مكتوبة
decision-omgang-decided = القرار بشأن التواصل بين أحد الوالدين والطفل
meetings-title-professional = المواعيد
meetings-lead-professional = المواعيد المخطَّطة لهذه العائلة، ومَن سيحضر، وماذا يمكن أن تتوقّع العائلة.
documents-title-professional = الوثائق
documents-lead-professional = الخطط والتقارير عن هذه العائلة، كما تراها العائلة.
help-title-professional = المساعدة والشكاوى
help-lead-professional = أين تجد العائلة المساعدة والنصيحة، وكيف يمكنها أن تشتكي من كل مؤسسة في هذا الملف.
changes-title-professional = التغييرات
changes-lead-professional = مَن كان المختص الثابت لهذه العائلة ولماذا تغيّر ذلك، كما تقرؤه العائلة.

nav-label-professional = صفحات عن هذه العائلة

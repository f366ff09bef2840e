## مَن يفعل ماذا: ما يحقّ للمختص أن يقرّره، وما لا يحقّ له.

power-grant-help = يمنح عائلتك المساعدة أو يرفضها. يحدث ذلك في رسالة: beschikking (قرار).
power-make-family-plan = يضع معك خطة للعائلة.
power-ask-raad = يطلب من مجلس حماية الأطفال أن يقوم بتحقيق.
power-call-table = ينظّم اجتماعًا في Jeugdbeschermingstafel.
power-decide-after-melding = يقرّر ما يحدث بعد البلاغ: تنظيم مساعدة، أو التحقيق، أو التوقف.
power-advise-on-safety = يفكّر معكم في أمان الأطفال ويشارك في المحادثات.
power-decide-onderzoek-starts = يقرّر بعد Jeugdbeschermingstafel ما إذا كان المجلس سيبدأ تحقيقًا.
power-decide-to-ask-court = يقرّر بعد التحقيق ما إذا كان المجلس سيطلب من قاضي الأطفال إجراءً.
power-ask-court-for-measure = يطلب من قاضي الأطفال إجراءً، مثل الإشراف (OTS).
power-impose-measure = يأمر بإجراء، مثل الإشراف (OTS) أو الإيداع خارج البيت.
power-impose-help = يجعل المساعدة إلزامية حتى إن لم تكن تريدها.
power-place-outside-home = يجعل الطفل يعيش خارج البيت.
power-write-plan-van-aanpak = يكتب خطة العمل (plan van aanpak): ما يجب أن يتغيّر وأي مساعدة تأتي معه.
power-give-aanwijzing = يعطي تعليمات مكتوبة (schriftelijke aanwijzing): تعليمات يجب أن تتبعها.
power-choose-placement = يختار أين سيعيش الطفل، بعد أن يسمح قاضي الأطفال بالإيداع.
power-limit-contact = يحدّ من التواصل بين الوالدين والطفل أثناء الإيداع.
power-ask-extension = يطلب من قاضي الأطفال تمديد الإجراء أو إنهاءه.
power-medical-over-objection = يوافق على العلاج الطبي عندما يرفضه الوالدان.
power-move-from-foster-family = ينقل الطفل من عائلة حاضنة عاش معها سنة أو أكثر.
power-decide-omgang = يقرّر ترتيب التواصل بين الوالدين والطفل.
power-annul-aanwijzing = يلغي التعليمات المكتوبة (schriftelijke aanwijzing) عندما يطلب أحد الوالدين ذلك.
power-decide-as-guardian = يتّخذ القرارات عن الطفل التي يتّخذها الوالدان عادةً، مثل المدرسة والرعاية.
power-choose-foster-family = يختار العائلة الحاضنة أو المؤسسة.
power-decide-about-family = يقرّر أي شيء بشأن عائلتك.

decider-kinderrechter = قاضي الأطفال هو مَن يقرّر هذا.
decider-raad = مجلس حماية الأطفال هو مَن يفعل هذا.
decider-gi = موظف حماية الأطفال هو مَن يقرّر هذا.
decider-gemeente = البلدية هي مَن تقرّر هذا.
decider-family-and-professionals = أنت تقرّر هذا مع المختصين.

powers-title = مَن يفعل ماذا
powers-lead = ترى هنا مَن يعمل مع عائلتك وما يحقّ لكلٍّ منهم أن يقرّره. وما لا يحقّ له. أولًا للمرحلة التي أنتم فيها الآن.
powers-may = يحقّ له أن يقرّر
powers-may-not = لا يحقّ له أن يقرّر
powers-nothing = لا يقرّر شيئًا بنفسه.

powers-now-heading = الآن
powers-other-phases-heading = في المراحل الأخرى
powers-other-phases-lead = ما يحقّ للأشخاص أنفسهم أن يقرّروه عندما تنتقل عائلتك إلى مرحلة أخرى.
powers-title-professional = مَن يفعل ماذا
powers-lead-professional = مَن يعمل مع هذه العائلة وما يحقّ لكلٍّ منهم أن يقرّره، كما تقرؤه العائلة. أولًا للمرحلة الحالية.

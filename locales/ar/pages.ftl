## الصفحات.

welcome-title = مرحبًا بك في Helder
welcome-lead = يُريك Helder مَن يعمل مع عائلتكم، وما الذي يحقّ لهم أن يقرّروه، وما هي حقوقك.
welcome-access = تحصل على الدخول إلى Helder عن طريق المختص الثابت لعائلتك.

my-cases-title = عائلتي
my-cases-empty = لا توجد الآن عائلة لك علاقة بها.
family-of = عائلة { $name }

demo-title = عرض تجريبي: اختر مَن أنت
demo-lead = هذا عرض تجريبي بأشخاص غير حقيقيين. اختر مَن تريد أن تكون. سترى Helder كما يراه ذلك الشخص.
demo-family-heading = أفراد العائلة
demo-professionals-heading = المختصون
demo-sign-in-as = الدخول باسم
demo-sign-in-link = عرض تجريبي: اختر مَن أنت
demo-family-parent = أحد الوالدين، { $municipality }
demo-family-child = طفل عمره { $age } سنة، { $municipality }

overview-title = نظرتي العامة
overview-greeting-family = مرحبًا { $name }. هذه نظرتكم العامة.
overview-greeting-professional = هكذا ترى العائلة النظرة العامة: مَن يعمل معها، ومَن هو المختص الثابت، وأين تقف العائلة الآن.
overview-vaste-heading = المختص الثابت لك
overview-vaste-heading-professional = المختص الثابت لهذه العائلة
overview-vaste-intro = هذا هو الشخص الذي يستمر في مساعدة عائلتكم، حتى لو انضمّ آخرون. يمكنك أن تسأله كل أسئلتك.
overview-vaste-none = ليس لديكم بعدُ مختص ثابت. اتصل بفريق الحي (wijkteam) في بلديتك واسأل مَن سيكون.
overview-phase-heading = أين نحن الآن؟
overview-phase-since = منذ { $date }
overview-phase-step = الخطوة { $step } من { $total }
overview-others-heading = مَن يعمل معنا أيضًا؟
overview-others-none = لا يعمل الآن مختصون آخرون مع العائلة.

overview-title-professional = عائلة { $family }
overview-attention-heading = مهم الآن
attention-deadline = { $decision }: هل تريد أن تفعل شيئًا ضده؟
attention-unread = { $count ->
    [one] لديك إجابة جديدة واحدة. اقرأها.
    [two] لديك إجابتان جديدتان. اقرأهما.
    [few] لديك { $count } إجابات جديدة. اقرأها.
   *[other] لديك { $count } إجابة جديدة. اقرأها.
}
attention-view = قل رأيك: { $decision }
attention-reaction = ردّ على الوثيقة: { $document }

attention-expected = القرار في حوالي { $date }.

overview-vaste-intro-professional = يستمر المختص الثابت في مساعدة العائلة، حتى لو انضمّ آخرون. يمكن للعائلة أن تسأله كل أسئلتها.

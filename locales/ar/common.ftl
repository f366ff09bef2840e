## عام: الاسم، الرأس، التذييل، اللغة، التواريخ. عربية بسيطة.

site-name = Helder
site-description = يُريك Helder مَن يعمل مع عائلتك، وما الذي يحقّ لهم أن يقرّروه، وما هي حقوقك.
skip-to-content = انتقل إلى المحتوى
language-name = العربية
footer-text = Helder للعائلات التي لها علاقة بحماية الأطفال في فليفولاند.
signed-in-as = أنت مسجَّل الدخول باسم
sign-out = تسجيل الخروج
back-to-start = إلى الصفحة الرئيسية

demo-banner-label = عرض تجريبي.
demo-banner-text = أسماء وبيانات غير حقيقية.

contact-call = اتصل
contact-mail = أرسل بريدًا إلكترونيًا إلى
reach-days = يمكن الوصول إليه أيام: { $days }.
reach-days-hours = يمكن الوصول إليه أيام: { $days }، من الساعة { $from } إلى الساعة { $until }.
reach-unknown = اسأل بنفسك متى يمكنك الوصول إلى هذا الشخص.
list-and = { $first } و{ $last }

date-long = { $day } { $month } { $year }
month-1 = يناير
month-2 = فبراير
month-3 = مارس
month-4 = أبريل
month-5 = مايو
month-6 = يونيو
month-7 = يوليو
month-8 = أغسطس
month-9 = سبتمبر
month-10 = أكتوبر
month-11 = نوفمبر
month-12 = ديسمبر
weekday-1 = الاثنين
weekday-2 = الثلاثاء
weekday-3 = الأربعاء
weekday-4 = الخميس
weekday-5 = الجمعة
weekday-6 = السبت
weekday-7 = الأحد
quick-exit = خروج سريع
quick-exit-hint = تنتقل فورًا إلى موقع آخر ويتم تسجيل خروجك. يمكنك أيضًا الضغط على مفتاح Escape ثلاث مرات.

card-after-hours = { $audience ->
    [child] لا يمكن الوصول إليه الآن. هل تريد أن تتكلم مع أحد؟ اتصل بـ De Kindertelefoon على الرقم 0800 0432، مجانًا. هل أنت في خطر؟ اتصل بـ 112.
    [youth] لا يمكن الوصول إليه الآن. هل تريد أن تتكلم مع أحد؟ اتصل بـ De Kindertelefoon على الرقم 0800 0432، مجانًا. هل الأمر يتعلق بالأمان؟ اتصل بـ Veilig Thuis على الرقم 0800 2000، ليلًا ونهارًا. في الخطر المباشر: اتصل بـ 112.
    [youth16] لا يمكن الوصول إليه الآن. هل تريد أن تتكلم مع أحد؟ اتصل بـ De Kindertelefoon على الرقم 0800 0432، مجانًا. هل الأمر يتعلق بالأمان؟ اتصل بـ Veilig Thuis على الرقم 0800 2000، ليلًا ونهارًا. في الخطر المباشر: اتصل بـ 112.
   *[other] لا يمكن الوصول إليه الآن. هل الأمر عاجل ويتعلق بالأمان؟ اتصل بـ Veilig Thuis على الرقم 0800 2000، مجانًا، ليلًا ونهارًا. في الخطر المباشر: اتصل بـ 112.
}
card-away = غائب حتى { $last } (ضمنًا). يعود يوم { $back }.
card-away-soon = غائب من { $first } حتى { $last } (ضمنًا).
card-substitute = في هذه المدة اتصل أو راسل { $name }:
card-substitute-none = في هذه المدة اتصل بالرقم العام لـ { $organisation }. تجده في صفحة المساعدة والشكاوى.

# The installed app and the page the service worker shows without internet.
app-name-long = Helder: نظرتك العامة في حماية الطفل
offline-title = أنت غير متصل بالإنترنت
offline-lead = لا يوجد إنترنت على هاتفك الآن، لذلك لا يستطيع Helder عرض هذه الصفحة. عندما يعود الإنترنت، حاول مرة أخرى.
offline-urgent-text = يمكنك الاتصال بدون إنترنت.
offline-retry = حاول مرة أخرى

nav-device = على هذا الجهاز
nav-device-professional = على هذا الجهاز
device-title = الحفظ على هذا الجهاز
device-lead = يمكنك حفظ ملخص قصير على هذا الهاتف. عندها يمكنك قراءته حتى بدون إنترنت.
device-summary-heading = الملخص
device-next-decision = القرار التالي
device-next-meeting = الموعد التالي
device-running-term = ما زال بإمكانك فعل شيء بخصوص هذا القرار
device-nothing-planned = لا يوجد الآن قرار أو موعد مخطط له.
device-keep-heading = الحفظ
device-keep-how = يحفظ Helder الملخص مقفلاً على هذا الهاتف. يمسحه Helder عندما تسجّل الخروج أو تضغط على خروج سريع أو لا تفعل شيئاً لمدة طويلة. هل تشارك هذا الهاتف مع شخص لا يجوز له رؤية هذا؟ إذن لا تحفظه.
device-keep-button = احفظ على هذا الجهاز
device-forget-button = لا تحفظ بعد الآن
device-kept = حُفظ على هذا الجهاز في { $time }.
device-not-kept = لا شيء محفوظ على هذا الجهاز الآن.
device-forgotten = مُسح الملخص من هذا الجهاز.
device-failed = الحفظ لا يعمل في هذا المتصفح. يمكنك قراءة الملخص هنا.
device-needs-script = الحفظ يعمل فقط عندما يكون JavaScript مفعّلاً.
device-saved-heading = محفوظ على هذا الجهاز
device-saved-when = حُفظ في { $time }. ربما تغيّر شيء منذ ذلك الحين.
outbox-heading = لم يُرسل بعد
outbox-lead = كتبت هذا بدون إنترنت. يرسله Helder فور عودة الإنترنت. لا تحتاج إلى فعل أي شيء.
outbox-written = كُتب في { $time }
outbox-delete = احذف
outbox-queued = نصّك جاهز على هذا الجهاز. يرسله Helder عندما يعود الإنترنت.
outbox-sent = ما كتبته بدون إنترنت أُرسل الآن.
outbox-refused = شيء كتبته بدون إنترنت لم يُرسل. انظر في رسالتك لترى ما الخطأ.
outbox-expired = شيء كتبته بدون إنترنت لم يُرسل. كان أقدم من 12 ساعة.
outbox-empty = نصّك فارغ أو طويل جداً. عدّله وحاول مرة أخرى.
outbox-deleted = حُذف نصّك من هذا الجهاز.
outbox-failed = لم ينجح ذلك. حاول مرة أخرى عندما يتوفر الإنترنت.

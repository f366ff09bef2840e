## تسجيل الدخول والتفعيل والإعدادات.

sign-in-link = تسجيل الدخول
settings-link = الإعدادات
sign-in-title = تسجيل الدخول
sign-in-lead = تسجّل الدخول بمفتاح المرور (passkey). هذا مفتاح آمن على هاتفك أو حاسوبك. تفتحه كما تفتح هاتفك: بإصبعك أو وجهك أو رمز PIN.
sign-in-button = سجّل الدخول بمفتاح المرور
sign-in-busy = انتظر من فضلك…
sign-in-first-time-heading = المرة الأولى
sign-in-first-time-text = هل وصلتك رسالة فيها رمز تفعيل؟ استعمله أولًا لإنشاء مفتاح المرور.
sign-in-code-link = لديّ رمز تفعيل
sign-in-lost-heading = هل أضعت هاتفك أو لديك هاتف جديد؟
sign-in-lost-text = اتصل بالمختص الثابت لك. يتحقّق مَن أنت ويعطيك رمزًا جديدًا. عندها تتوقف مفاتيح المرور القديمة عن العمل.

activate-title = التفعيل بالرمز
activate-lead = اكتب الرمز الموجود في رسالة المختص الثابت لك. بعد ذلك تنشئ مفتاح المرور.
activate-code-label = رمز التفعيل
activate-code-hint = 16 رمزًا، مثلًا K7QM-3XRT-9PDW-H2FN. الشرطات والأحرف الكبيرة لا تهمّ.
activate-submit = تحقّق من الرمز
activate-no-code = ليس لديك رمز أو رمزك لا يعمل؟ اطلب رمزًا جديدًا من المختص الثابت لك.
activate-passkey-title = أنشئ مفتاح المرور
activate-passkey-lead = مرحبًا { $name }. رمزك صحيح.
activate-passkey-what = أنشئ الآن مفتاح المرور على هذا الجهاز. يطلب هاتفك أو حاسوبك إصبعك أو وجهك أو رمز PIN. بعدها تكون قد سجّلت الدخول. عندها يتوقف رمزك عن العمل.
activate-passkey-button = أنشئ مفتاح المرور
activate-passkey-no-code = اكتب أولًا الرمز الموجود في رسالتك.

passkey-busy = انتظر من فضلك…
passkey-name-label = اسم هذا الجهاز (يمكنك تركه فارغًا)
passkey-name-hint = لتعرفه لاحقًا، مثلًا: هاتفي. 60 حرفًا على الأكثر.
passkey-needs-javascript = يعمل الزر عندما تكتمل الصفحة. لذلك يجب أن يكون JavaScript مفعّلًا في متصفحك.
passkey-unsupported = هذا المتصفح لا يستطيع استعمال مفاتيح المرور. جرّب متصفحًا أحدث أو جهازًا آخر.
passkey-cancelled = توقّف الأمر. لم يتغيّر شيء. حاول مرة أخرى إن أردت.
passkey-exists = لديك من قبل مفتاح مرور على هذا الجهاز. يمكنك أن تسجّل الدخول به.
passkey-name-invalid = لا يمكننا استعمال هذا الاسم. استعمل 60 حرفًا عاديًا على الأكثر.
passkey-failed = لم ينجح ذلك. لم يتغيّر شيء. حاول مرة أخرى.

settings-title = الإعدادات
settings-passkeys-heading = مفاتيح المرور لديك
settings-passkeys-lead = يمكنك أن تسجّل الدخول بمفاتيح المرور هذه.
settings-passkey-unnamed = مفتاح مرور بلا اسم
settings-passkey-added = أُضيف في { $date }
settings-passkey-used = آخر استعمال في { $date }
settings-passkey-never-used = لم يُستعمل بعد لتسجيل الدخول
settings-passkey-revoke = إلغاء
settings-passkey-revoke-label = إلغاء مفتاح المرور { $device }
settings-passkey-last = هذا مفتاح المرور الوحيد لديك. لا يمكنك إلغاؤه، وإلا لن تستطيع تسجيل الدخول بعد ذلك.
settings-add-heading = أضف جهازًا آخر
settings-add-text = افعل ذلك على الجهاز الجديد بعد أن تسجّل الدخول عليه. أو أنشئ هنا مفتاح مرور تشاركه مع هاتفك.
settings-add-button = أضف مفتاح مرور
settings-notice-label = إشعار عن حسابك
settings-notice-passkey-added = أُضيف مفتاح مرور في { $date } الساعة { $time }: { $device ->
        [none] بلا اسم
       *[other] { $device }
    }.
settings-notice-passkeys-reset = في { $date } الساعة { $time } أنشأ المختص الثابت لك رمز تفعيل جديدًا. مفاتيح المرور القديمة لم تعد تعمل.
settings-notice-not-you = ألم تكن أنت؟ اتصل فورًا بالمختص الثابت لك.
settings-notice-seen = رأيته
settings-sessions-heading = أين أنت مسجَّل الدخول
settings-sessions-lead = هل ترى جهازًا لا تعرفه؟ سجّل خروجه واتصل بالمختص الثابت لك.
settings-session-device = { $browser } على { $system }
settings-session-since = سُجّل الدخول في { $date } الساعة { $time }
settings-session-current = هذا الجهاز
settings-session-end = تسجيل الخروج
settings-end-others = تسجيل الخروج في كل مكان آخر

browser-chrome = Chrome
browser-firefox = Firefox
browser-safari = Safari
browser-edge = Edge
browser-other = متصفح
system-android = Android
system-ios = iPhone أو iPad
system-windows = Windows
system-macos = Mac
system-linux = Linux
system-other = جهاز غير معروف

access-link = الدخول إلى Helder للعائلة
access-title = الدخول إلى Helder
access-lead = مَن من عائلة { $family } يستطيع تسجيل الدخول.
access-identity-check = لا تنشئ رمزًا إلا عندما تكون متأكدًا ممّن تتكلّم معه. تحقّق من ذلك أولًا، مثلًا بوثيقة هوية.
access-status-none = لا يستطيع تسجيل الدخول بعد.
access-status-passkeys = { $count ->
        [one] يستطيع تسجيل الدخول بمفتاح مرور واحد.
        [two] يستطيع تسجيل الدخول بمفتاحَي مرور.
        [few] يستطيع تسجيل الدخول بـ { $count } مفاتيح مرور.
       *[other] يستطيع تسجيل الدخول بـ { $count } مفتاح مرور.
    }
access-status-code = لديه رمز يعمل حتى { $date }.
access-issue = أنشئ رمزًا جديدًا
access-issue-label = أنشئ رمزًا جديدًا لـ { $name }
access-issue-warning = مع رمز جديد تتوقف مفاتيح المرور والرموز القديمة لهذا الشخص عن العمل. هذا ما تفعله عندما يضيع هاتف.
relation-parent = أحد الوالدين
relation-child = طفل

letter-title = رسالة التفعيل
letter-lead = ترى هذا الرمز مرة واحدة فقط. اطبع الرسالة أو أعطِ الرمز. نحن لا نحتفظ بالرمز نفسه.
letter-back = العودة إلى الدخول إلى Helder
letter-greeting = عزيزي/عزيزتي { $name }،
letter-intro = يُريك Helder مَن يعمل مع عائلتك، وما الذي يحقّ لهم أن يقرّروه، وما هي حقوقك. هكذا تسجّل الدخول أول مرة:
letter-step-go = اذهب إلى { $url }.
letter-step-type = اكتب الرمز الموجود في الأسفل.
letter-step-passkey = أنشئ مفتاح المرور بإصبعك أو وجهك أو رمز PIN.
letter-code-label = رمزك:
letter-valid-until = يعمل الرمز حتى { $date }، ومرة واحدة فقط.
letter-secret = لا تعطِ هذا الرمز لأي شخص آخر. بهذا الرمز يستطيع شخص ما أن يرى بياناتك.
letter-signed = مع التحية، { $name }
letter-gone-title = لم يعد يمكن عرض هذا الرمز
letter-gone-text = ترى الرمز مرة واحدة فقط. أنشئ رمزًا جديدًا إذا لزم الأمر.

welcome-new = مرحبًا! تمّ إنشاء مفتاح المرور وأنت الآن مسجَّل الدخول.
settings-added = تمّت إضافة مفتاح المرور.
settings-revoked = تمّ إلغاء مفتاح المرور.
settings-ended = تمّ تسجيل خروج الجهاز الآخر.

session-warning-heading = هل ما زلت هنا؟
session-warning-text = لم تفعل شيئًا منذ مدة. بعد { $minutes ->
        [one] دقيقة واحدة
        [two] دقيقتين
        [few] { $minutes } دقائق
       *[other] { $minutes } دقيقة
    } سيتم تسجيل خروجك. هكذا لا يستطيع أحد غيرك على هذا الجهاز أن يرى بياناتك.
session-warning-stay = ابقَ مسجَّل الدخول
session-warning-failed = لم ينجح ذلك. ربما تمّ تسجيل خروجك من قبل. حمّل الصفحة من جديد.
sign-in-expired = تمّ تسجيل خروجك لأنك لم تفعل شيئًا منذ مدة. سجّل الدخول من جديد لتتابع.

nav-family = عائلتنا
family-title = عائلتنا
family-lead = مَن ينتمي إلى عائلتك في هذا الملف، وكيف تتواصلون مع بعضكم.
family-you = (أنت)
family-child-age = طفل، عمره { $age } سنة
family-gezag-yes = له الولاية
family-gezag-no = ليس له الولاية
family-address = العنوان
family-phone = الهاتف
family-email = البريد الإلكتروني
family-protected-note = هل العنوان أو رقم الهاتف محميّ، مثلًا من أجل أمان شخص ما؟ إذن لا يراه إلا ذلك الشخص والمختصون في ملفكم.
relation-ex-partner = الشريك السابق
access-data-family = عائلتك وبيانات التواصل

## الإشعارات (Web Push)
settings-push-heading = الإشعارات
settings-push-lead = احصل على إشعار على هاتفك أو حاسوبك عندما تصلك رسالة جديدة. الإشعار لا يقول أبدًا ما في الرسالة أو عمّن هي. تقرأ الرسالة فقط بعد تسجيل الدخول.
settings-push-none = لا تصلك الآن إشعارات في أي مكان.
settings-push-on = شغّل الإشعارات على هذا الجهاز
settings-push-off = أوقف الإشعارات على هذا الجهاز
settings-push-busy = لحظة…
settings-push-unsupported = هذا المتصفح لا يستطيع عرض إشعارات من Helder.
settings-push-denied = متصفحك لا يسمح بإشعارات من Helder. يمكنك تغيير ذلك في إعدادات المتصفح.
settings-push-failed = لم ينجح تشغيل الإشعارات. حاول مرة أخرى لاحقًا.
settings-push-needs-javascript = تشغيل الإشعارات يعمل فقط عندما يكون JavaScript مفعّلًا.
settings-push-since = الإشعارات مفعّلة منذ { $date }
settings-push-remove = أوقف الإشعارات
settings-push-remove-label = أوقف الإشعارات على { $device }
settings-push-removed = لن تصل الإشعارات إلى ذلك الجهاز بعد الآن.
error-push-subscription = لم ينجح تشغيل الإشعارات على هذا الجهاز. حاول مرة أخرى لاحقًا.
error-push-service = هذا المتصفح يستعمل خدمة إشعارات لا يعرفها Helder. الإشعارات لا تعمل هنا.

## نص الإشعار. أبدًا بلا أسماء أو رسائل أو بيانات أخرى من الملف.
push-title = Helder
push-new-message = لديك رسالة جديدة في Helder.
push-urgent = توجد رسالة عاجلة في Helder. انظر إليها في أقرب وقت ممكن.

family-title-professional = العائلة
family-lead-professional = مَن ينتمي إلى هذه العائلة في هذا الملف، وكيف يمكن التواصل معهم.

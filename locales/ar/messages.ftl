## الرسائل و"لا أشعر بالأمان".

nav-messages = الرسائل
messages-title = الرسائل
messages-lead = ترسل هنا رسالة إلى المختص الثابت لك. وترى أيضًا ماذا يحدث لرسالتك.
messages-who-reads = { $count ->
    [0] لا يقرأ هذه الرسائل إلا أنت و{ $name }.
   *[other] لا يقرأ هذه الرسائل إلا أنت و{ $name } و{ $others } من فريق الأمان.
}
messages-who-reads-none = لا يوجد الآن مختص ثابت. ستُقرأ رسالتك حالما يكون هناك شخص من جديد.
messages-private-youth = والداك لا يستطيعان رؤية رسائلك.
messages-reply-by = ستحصل على إجابة حتى { $date } على الأكثر.
messages-none = لا توجد رسائل بعد.
messages-body-label = رسالتك
messages-body-hint = { $max } حرف على الأكثر.
messages-send = إرسال
messages-when = { $date } الساعة { $time }
messages-read = قرأها { $name } في { $date } الساعة { $time }
messages-unread = لم تُقرأ بعد
messages-you = أنت
messages-urgent = لا أشعر بالأمان
thread-title = رسائل من { $name }
thread-back = العودة إلى كل الرسائل
thread-who-reads = يرى { $name } هذه المحادثة. أفراد العائلة الآخرون لا يرونها.
thread-reply-by = الإجابة الموعودة: حتى { $date } على الأكثر.
thread-overdue = متأخرة: كانت الإجابة مطلوبة حتى { $date }.
thread-body-label = إجابتك
team-unread = { $count ->
        [0] لا شيء غير مقروء
        [one] رسالة واحدة غير مقروءة
        [two] رسالتان غير مقروءتين
        [few] { $count } رسائل غير مقروءة
       *[other] { $count } رسالة غير مقروءة
    }
team-waiting = تنتظر إجابة منذ { $date }.
team-overdue = متأخرة: تنتظر إجابة منذ { $date }.
team-open = افتح المحادثة مع { $name }
team-urgent = يُبلغ: لا أشعر بالأمان

unsafe-button = لا أشعر بالأمان
unsafe-title = ألا تشعر بالأمان؟
unsafe-lead = هل أنت في خطر الآن؟ اتصل فورًا بـ 112.
unsafe-call-112 = اتصل بـ 112
unsafe-112-when = { $audience ->
    [child] هل أنت في خطر الآن؟ اتصل فورًا بـ 112.
   *[other] الشرطة، الإسعاف، الإطفاء. في الخطر المباشر.
}
unsafe-call-vt = اتصل بـ Veilig Thuis: 0800-2000
unsafe-vt-when = مجانًا، ليلًا ونهارًا.
unsafe-call-kt = اتصل بـ De Kindertelefoon: 0800-0432
unsafe-kt-when = { $audience ->
    [child] مجانًا. تتكلّم مع شخص يستمع إليك. لا يجب أن تقول اسمك.
   *[other] مجانًا وبدون ذكر الاسم. يمكنك أيضًا الدردشة على kindertelefoon.nl.
}
unsafe-to = أخبر { $name } أنك لا تشعر بالأمان
unsafe-to-team = أخبر المختصين أنك لا تشعر بالأمان
unsafe-note-label = هل تريد أن تضيف شيئًا؟ (يمكن أن يبقى فارغًا)
unsafe-note-hint = بضع كلمات تكفي. والداك لا يريان هذا.
unsafe-send = أرسل تنبيهي
unsafe-sent = { $audience ->
    [child] أُرسل تنبيهك. يحصل عليه المختص الثابت لك فورًا وسيتواصل معك. هل الأمر عاجل الآن؟ اتصل بـ 112.
   *[other] أُرسل تنبيهك. يحصل عليه المختص الثابت لك فورًا. إن لم يقرأه أحد خلال ربع ساعة، يحصل عليه الفريق كله.
}

alerts-heading = تنبيه: شاب لا يشعر بالأمان
alerts-item = أبلغ { $name } في { $date } الساعة { $time }: لا أشعر بالأمان. لم يُقرأ بعد.
alerts-open = افتح الرسائل
alerts-call = تواصل فورًا مع المختص الثابت أو مع فريق الأمان.
access-data-messages = الرسائل
error-message-key-reused = أُرسلت هذه الرسالة من قبل بنص آخر. حمّل الصفحة من جديد وأرسلها مرة أخرى.

decisions-input-link = رأيي
decisions-inputs-link = انظر الآراء
input-title = الرأي: { $decision }
input-back = العودة إلى ما القادم
input-lead = ما رأيك في هذا القرار؟ اكتبه قبل أن يُتّخذ القرار. يجب أن يخبرك المختص أنه استلم رأيك، ولاحقًا ماذا فُعل به.
input-lead-professional = آراء العائلة. أخبرهم أنك استلمتها، ثم اكتب لاحقًا ماذا فُعل بها.
input-sent = أُرسل رأيك.
input-saved = حُفظت مسودتك. لا يراها أحد غيرك.
input-all-heading = آراء العائلة
input-mine-heading = رأيك
input-none = لا توجد آراء بعد.
input-sent-on = أُرسل في { $date }
input-outcome-on = ماذا فُعل به ({ $date }):
input-acknowledged = استلمه { $name } في { $date }.
input-not-acknowledged = لم يؤكّد المختص الاستلام بعد.
input-outcome-label = ماذا فُعل برأي { $name }؟
input-youth = (شاب)
stance-agree = أوافق
stance-partly = أوافق جزئيًا
stance-disagree = لا أوافق
input-shared-note = تمّت مشاركته مع الوالدين.
input-acknowledge = تمّ الاستلام
input-outcome-save = حفظ
input-give-heading = قل رأيك
input-private-youth = والداك لا يريان رأيك، إلا إذا فعّلت ذلك في الأسفل.
input-private-parent = يقرأ المختصون في ملفك رأيك. الوالد الآخر لا يراه.
input-stance-legend = ما رأيك؟ (يمكنك تخطّي هذا)
input-body-label = رأيك
input-share-label = يمكن لوالديّ أن يقرآ هذا أيضًا
input-send = إرسال
input-save-draft = حفظ كمسودة
error-input-decided = تقرّر هذا من قبل. يمكنك الآن أن تعترض أو تستأنف. انظر صفحة حقوقي.
access-data-inputs = آراء العائلة

## التحديثات المباشرة (يقرؤها قارئ الشاشة عندما يظهر شيء جديد في الصفحة)
live-updated = ظهر شيء جديد في هذه الصفحة.

# ردّ العائلة على خطة أو تقرير: يُعامَل مثل الرأي في قرار.
reaction-title = الردّ: { $decision }
reaction-back = العودة إلى الوثائق
reaction-lead = ما رأيك في هذه الوثيقة؟ هل فيها شيء خاطئ أو ناقص؟ اكتبه هنا. يخبرك المختص أنه استلم ردّك، ولاحقًا ماذا فُعل به.
reaction-lead-professional = ردود العائلة على هذه الوثيقة. أخبرهم أنك استلمتها، ثم اكتب لاحقًا ماذا فُعل بها.
reaction-sent = أُرسل ردّك.
reaction-saved = حُفظت مسودتك. لا يراها أحد غيرك.
reaction-all-heading = ردود العائلة
reaction-mine-heading = ردّك
reaction-none = لا توجد ردود بعد.
reaction-give-heading = أعطِ ردّك
reaction-body-label = ردّك

messages-title-professional = الرسائل
messages-lead-professional = رسائل أفراد العائلة. لا يقرؤها إلا المختص الثابت وأعضاء فريق الأمان في هذا الملف.
thread-no-line = { $name } أصغر من 12 سنة وليست له رسائل خاصة في Helder. يوجد هنا فقط تنبيه { $name }. تواصل بنفسك: اتصل بـ { $name } أو زُره. هل قد لا يكون البيت آمنًا؟ تكلّم أولًا مع فريق الأمان.
input-lead-heard = { $audience ->
    [child] هل تريد أن تقول شيئًا عن هذا القرار؟ قل ذلك لوالديك، أو للمختص عندما يتكلّم معك. يمكنك أيضًا أن ترسم رسمًا أو تكتب رسالة.
   *[other] لا يمكنك أن تعطي رأيك هنا الآن.
}
reaction-lead-heard = { $audience ->
    [child] هل تريد أن تقول شيئًا عن هذه الوثيقة؟ قل ذلك لوالديك أو للمختص.
   *[other] لا يمكنك أن تردّ هنا الآن.
}
